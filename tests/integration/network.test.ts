import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';

/** The network's data on the seed corpus: published records only, ties of every kind, filters, the cap. */
pointAppAt();
let network: typeof import('@/lib/data/network');
let db: typeof import('@/lib/db/client').db;

beforeAll(async () => {
  network = await import('@/lib/data/network');
  db = (await import('@/lib/db/client')).db;
});
afterAll(closeAppDatabase);

const all = { types: [], limit: 400 };
type View = Awaited<ReturnType<typeof network.getNetwork>>;
const slugs = (view: View) => view.nodes.map((node) => `${node.type}:${node.slug}`);
const tie = (view: View, a: string, b: string) => {
  const index = (key: string) => slugs(view).indexOf(key);
  return view.edges.find((edge) => [edge.source, edge.target].sort().join() === [index(a), index(b)].sort().join());
};
/** An edge's ties as stated: "from RELATION to", whichever end the edge starts from. */
const stated = (view: View, a: string, b: string) => {
  const edge = tie(view, a, b);
  const key = (index: number) => slugs(view)[index];
  return (edge?.ties ?? []).map((t) => (t.reversed ? `${key(edge!.target)} ${t.relation} ${key(edge!.source)}` : `${key(edge!.source)} ${t.relation} ${key(edge!.target)}`));
};

describe('the cooperation network', () => {
  it('joins organisations, people, conferences and initiatives by links, positions and statements', async () => {
    const view = await network.getNetwork(all);
    expect(new Set(view.nodes.map((node) => node.type))).toEqual(new Set(['organisation', 'person', 'conference', 'initiative']));
    const conference = 'conference:international-conference-countering-extremism-terrorism-2018';
    expect(stated(view, 'person:vladimir-kolokoltsev', conference)).toContain(`person:vladimir-kolokoltsev SPOKE_AT ${conference}`);
    expect(tie(view, 'person:vladimir-kolokoltsev', 'organisation:russia-mvd')?.kind).toBe('position');
    expect(tie(view, 'organisation:csto-collective-security-council', 'organisation:csto')?.kind).toBe('membership');
    // A statement the CSTO Council made about Operation Mercenary ties the two.
    const byStatement = tie(view, 'organisation:csto-collective-security-council', 'initiative:operation-mercenary');
    expect(stated(view, 'organisation:csto-collective-security-council', 'initiative:operation-mercenary')).toContain(
      'organisation:csto-collective-security-council STATEMENT initiative:operation-mercenary',
    );
    expect(byStatement?.statements).toBeGreaterThan(0);
    for (const edge of view.edges) expect(view.nodes[edge.source] && view.nodes[edge.target]).toBeTruthy();
    expect(view.nodes.every((node) => node.degree > 0)).toBe(true);
    expect(view.nodes.find((node) => node.slug === 'csto')?.names).toContainEqual(expect.objectContaining({ field: 'name', locale: 'ru' }));
  });

  it('shows only published records', async () => {
    const csto = await db().record.findFirstOrThrow({ where: { type: 'ORGANISATION', slug: 'csto' }, select: { id: true } });
    const draft = await db().record.create({
      data: {
        type: 'ORGANISATION',
        slug: 'network-test-draft',
        state: 'DRAFT',
        originalLocale: 'en',
        organisation: { create: { kind: 'OTHER' } },
        texts: { create: { field: 'name', locale: 'en', text: 'Draft body', status: 'ORIGINAL' } },
        linksFrom: { create: { role: 'PART_OF', toId: csto.id } },
      },
    });
    try {
      expect(slugs(await network.getNetwork(all))).not.toContain('organisation:network-test-draft');
      await db().record.update({ where: { id: draft.id }, data: { state: 'PUBLISHED' } });
      expect(slugs(await network.getNetwork(all))).toContain('organisation:network-test-draft');
      await db().record.update({ where: { id: draft.id }, data: { deletedAt: new Date() } });
      expect(slugs(await network.getNetwork(all))).not.toContain('organisation:network-test-draft');
    } finally {
      await db().record.delete({ where: { id: draft.id } });
    }
  });

  it('narrows by type, period and initiative', async () => {
    const people = await network.getNetwork({ types: ['person', 'conference'], limit: 400 });
    expect(people.nodes.every((node) => node.type === 'person' || node.type === 'conference')).toBe(true);
    expect(people.nodes.length).toBeGreaterThan(5);

    const before = await network.getNetwork({ types: [], to: 2017, limit: 400 });
    expect(slugs(before)).not.toContain('conference:international-conference-countering-extremism-terrorism-2018');

    const around = await network.getNetwork({ types: [], initiative: 'operation-mercenary', limit: 400 });
    expect(slugs(around)).toContain('initiative:operation-mercenary');
    expect(around.nodes[around.focus!].slug).toBe('operation-mercenary');
    expect(around.nodes.length).toBeLessThan((await network.getNetwork(all)).nodes.length);
    expect((await network.getNetwork({ types: [], initiative: 'no-such-initiative', limit: 400 })).missingInitiative).toBe(true);
  });

  it('draws at most the limit, the most connected first, and says how many there are', async () => {
    const whole = await network.getNetwork(all);
    const capped = await network.getNetwork({ types: [], limit: 50 });
    expect(whole.truncated).toBe(false);
    expect(capped.nodes.length).toBeLessThanOrEqual(50);
    expect(capped.total).toBe(whole.total);
    expect(capped.truncated).toBe(capped.nodes.length < whole.total);
    expect(slugs(capped)[0]).toBe(slugs(whole)[0]);
  });

  it("gives a record page its own network: the record in the middle and what it is tied to", async () => {
    const local = await network.getLocalNetwork('person', 'vladimir-kolokoltsev');
    expect(local).not.toBeNull();
    expect(local!.nodes[local!.focus!].slug).toBe('vladimir-kolokoltsev');
    expect(slugs(local! as View)).toEqual(expect.arrayContaining(['organisation:russia-mvd', 'conference:international-conference-countering-extremism-terrorism-2018']));
    for (const edge of local!.edges) expect(edge.source === local!.focus || edge.target === local!.focus || local!.nodes.length > 2).toBe(true);
    expect(await network.getLocalNetwork('organisation', 'no-such-body')).toBeNull();
  });

  it('offers the initiatives with ties and the years events span', async () => {
    const choices = await network.getNetworkChoices();
    expect(choices.initiatives.map((item) => item.slug)).toContain('operation-mercenary');
    expect(choices.years!.min).toBeLessThanOrEqual(2018);
    expect(choices.years!.max).toBeGreaterThanOrEqual(2018);
  });
});
