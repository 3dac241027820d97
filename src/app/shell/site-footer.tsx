import { SpotifyLogo } from '../../components/spotify-logo';
import { ThemeSwitch } from './theme-switch';
import { T } from '../../i18n/rich-text';
import { LanguageSwitch } from './language-switch';
import { shellMessages } from './messages';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        <T msg={shellMessages.footer} values={{ logo: <SpotifyLogo size={16} /> }} />
      </p>
      <div className="footer-settings">
        <ThemeSwitch />
        <LanguageSwitch />
      </div>
    </footer>
  );
}
