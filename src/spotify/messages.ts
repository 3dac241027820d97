import { defineMessages } from '../i18n/i18n';

/**
 * The time ranges in words. Standing alone (tabs, a title) use `short`/`long`; inside a sentence,
 * write the whole sentence per range with `{range, select, short_term {…} medium_term {…} other {…}}`,
 * so each language can inflect it (German "in den letzten 4 Wochen", not "in" + "die letzten 4 Wochen").
 */
export const timeRangeMessages = defineMessages('timeRange', {
  shortTerm: '4 weeks',
  mediumTerm: '6 months',
  longTerm: '1 year',
  shortTermLong: 'the last 4 weeks',
  mediumTermLong: 'the last 6 months',
  longTermLong: 'the last year',
});
