import { defineMessages } from '../../i18n/i18n';

export const routesMessages = defineMessages('routes', {
  listActions: 'List actions',
});
