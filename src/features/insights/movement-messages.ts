// The movement badges' words: apart from the insights page's, as the top lists show them.
import { defineMessages } from '../../i18n/i18n';

export const movementMessages = defineMessages('insights', {
  compare: 'Compare<more> with other time ranges</more>',
  loadFailed: "Couldn't load the other time ranges to compare with.",
  tryAgain: 'Try again',
  loadingOthers: 'Loading the other time ranges…',
  legendButton: 'What do the badges mean?',
  legendGroup: 'Badges',
  badgeNew: 'New',
  legendNew: '{badge} in the last 4 weeks, but in neither longer range',
  legendMoved:
    '{up} {down} up or down that many places compared with {longer, select, medium_term {the last 6 months} other {the last year}}',
  legendSteady: '{badge} the same place as in {longer, select, medium_term {the last 6 months} other {the last year}}',
  legendReturning: '{badge} back in rotation: not in the last 6 months, but in the last year',
  legendStaple: '{badge} a staple: in all three time ranges',
  legendNote:
    "Spotify ranks up to {count, number} items per request; an item past the part of a list that is loaded can't be called new, so it gets no badge.",
  isNew: 'New',
  returning: 'Back in rotation, not in {longer, select, medium_term {the last 6 months} other {the last year}}',
  up: 'Up {by, plural, one {# place} other {# places}} on {longer, select, medium_term {the last 6 months} other {the last year}}',
  down: 'Down {by, plural, one {# place} other {# places}} on {longer, select, medium_term {the last 6 months} other {the last year}}',
  steady: 'Same place as {longer, select, medium_term {the last 6 months} other {the last year}}',
  staple: 'A staple: in all three time ranges',
  movementAndStaple: '{movement}. {staple}',
  rising: '▲{by, number}',
  falling: '▼{by, number}',
});
