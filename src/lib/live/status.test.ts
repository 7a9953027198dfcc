import { describe, expect, it } from 'vitest';
import { addDays, canChange, daysBetween, statusOn } from './status.ts';

describe('statusOn', () => {
  it('is upcoming before the effective date, current from it until the next one, archived from then on', () => {
    expect(statusOn('2026-12-31', '2027-01-01', undefined)).toBe('upcoming');
    expect(statusOn('2027-01-01', '2027-01-01', undefined)).toBe('current');
    expect(statusOn('2030-01-01', '2027-01-01', undefined)).toBe('current');
    expect(statusOn('2026-12-31', '2023-03-01', '2027-01-01')).toBe('current');
    expect(statusOn('2027-01-01', '2023-03-01', '2027-01-01')).toBe('archived');
  });

  it('knows which statuses a later day can change', () => {
    expect(canChange('upcoming', undefined)).toBe(true);
    expect(canChange('current', '2027-01-01')).toBe(true);
    expect(canChange('current', undefined)).toBe(false);
    expect(canChange('archived', '2027-01-01')).toBe(false);
  });

  it('counts whole days between two dates and moves a date by days, across a year and a leap day', () => {
    expect(daysBetween('2026-12-01', '2027-01-01')).toBe(31);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
    expect(addDays('2028-02-28', 2)).toBe('2028-03-01');
    expect(addDays('2027-01-01', -31)).toBe('2026-12-01');
  });
});
