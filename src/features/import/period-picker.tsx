// The period the imported history is shown for: all time, a year, the last weeks or months of the
// export, or dates of your own. It lives in the URL (import-url.ts).
import { useId, useState } from 'react';
import { t } from '../../i18n/i18n';
import type { DateSpan, HistoryStatus, Period } from './history-client';
import { importMessages } from './messages';

type Choice = 'all' | `year-${number}` | 'last-4w' | 'last-6m' | 'last-12m' | 'custom';

function choiceOf(period: Period): Choice {
  if (period.kind === 'year') return `year-${period.year}`;
  if (period.kind === 'last') return `last-${period.span}`;
  if (period.kind === 'range') return 'custom';
  return 'all';
}

/** A UTC instant's local date, 'YYYY-MM-DD' (the browser's zone, as the history's calendar). */
export function localDate(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function CustomRange({ initial, onApply }: { initial: DateSpan; onApply: (span: DateSpan) => void }) {
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const valid = from !== '' && to !== '' && from <= to;
  return (
    <form
      className="custom-range"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onApply({ from, to });
      }}
    >
      <label>
        {t(importMessages.from)}{' '}
        <input type="date" value={from} required onChange={(event) => setFrom(event.target.value)} />
      </label>
      <label>
        {t(importMessages.to)}{' '}
        <input type="date" value={to} required min={from} onChange={(event) => setTo(event.target.value)} />
      </label>
      <button type="submit" className="button" disabled={!valid}>
        {t(importMessages.show)}
      </button>
      {!valid && from && to ? <span role="alert">{t(importMessages.rangeBackwards)}</span> : null}
    </form>
  );
}

export function PeriodPicker({
  period,
  status,
  onChange,
}: {
  period: Period;
  status: HistoryStatus;
  onChange: (period: Period) => void;
}) {
  const id = useId();
  const [custom, setCustom] = useState(period.kind === 'range');
  const choice = custom ? 'custom' : choiceOf(period);
  const whole: DateSpan = {
    from: status.first === null ? '' : localDate(status.first),
    to: status.last === null ? '' : localDate(status.last),
  };
  const years = [...status.years].reverse();
  return (
    <div className="period-picker">
      <label htmlFor={id}>{t(importMessages.period)}</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          const value = event.target.value as Choice;
          setCustom(value === 'custom');
          if (value === 'all') onChange({ kind: 'all' });
          else if (value.startsWith('year-')) onChange({ kind: 'year', year: Number(value.slice(5)) });
          else if (value === 'last-4w' || value === 'last-6m' || value === 'last-12m')
            onChange({ kind: 'last', span: value.slice(5) as '4w' | '6m' | '12m' });
        }}
      >
        <option value="all">{t(importMessages.optionAllTime)}</option>
        {years.map((year) => (
          <option key={year} value={`year-${year}`}>
            {year}
          </option>
        ))}
        <option value="last-4w">{t(importMessages.optionLast4w)}</option>
        <option value="last-6m">{t(importMessages.optionLast6m)}</option>
        <option value="last-12m">{t(importMessages.optionLast12m)}</option>
        <option value="custom">{t(importMessages.optionCustom)}</option>
      </select>
      {choice === 'custom' ? (
        <CustomRange
          initial={period.kind === 'range' ? period : whole}
          onApply={(span) => onChange({ kind: 'range', ...span })}
        />
      ) : null}
    </div>
  );
}
