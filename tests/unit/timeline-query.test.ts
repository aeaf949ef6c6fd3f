import { describe, expect, it } from 'vitest';
import { parseTimelineQuery, timelineQueryObject } from '@/components/timeline/timeline-query';

describe('the timeline query', () => {
  it('reads the year a chart bar links to, and keeps it in links', () => {
    const { filters, ignored } = parseTimelineQuery({ year: '2018', type: 'statement', page: '2' });
    expect(filters).toEqual({ types: ['statement'], year: 2018, page: 2 });
    expect(ignored).toEqual([]);
    expect(timelineQueryObject(filters, 1)).toEqual({ type: ['statement'], year: '2018' });
  });

  it('drops a year that is not one', () => {
    for (const year of ['1066', 'soon', '2018.5']) expect(parseTimelineQuery({ year }).ignored, year).toEqual(['year']);
  });
});
