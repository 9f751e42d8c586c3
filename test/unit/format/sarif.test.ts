import assert from 'node:assert/strict';
import { sarif } from '../../../server/src/format/sarif';
import { analyzeReport } from '../../../server/src/kracht';
import { defaultSettings, parseSettings } from '../../../server/src/core/settings';
import { sarifErrors } from '../../sarif-schema';

const heavy =
  'Ik heb hem drie tips gegeven. Hij voelt zich onzeker en twijfelt over alles. Het conflict loopt vast en hij slaapt er slecht door.\n';

type Log = {
  runs: {
    tool: { driver: { rules: Record<string, unknown>[]; informationUri?: string } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[];
    }[];
  }[];
};

describe('SARIF output', () => {
  it('validates against the OASIS 2.1.0 schema, with a file name of spaces and # kept as a URI reference', () => {
    const findings = analyzeReport(heavy, defaultSettings).findings;
    assert.ok(findings.length > 0);
    const text = sarif(
      [
        { path: 'verslagen/sessie met spatie #1.md', findings },
        { path: '/tmp/elders/sessie.md', findings },
        { path: 'C:\\praktijk\\week 2.md', findings },
        { path: '<stdin>', findings },
      ],
      '0.1.0',
      'file:///work/praktijk',
    );
    const log = JSON.parse(text) as Log;
    assert.deepEqual(sarifErrors(log), []);
    const [run] = log.runs;
    const locations = run!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    assert.deepEqual(locations[0], { uri: 'verslagen/sessie%20met%20spatie%20%231.md', uriBaseId: 'SRCROOT' });
    assert.equal(decodeURIComponent(locations[0]!.uri.split('/')[1]!), 'sessie met spatie #1.md');
    assert.ok(locations.some((l) => l.uri === 'file:///tmp/elders/sessie.md' && l.uriBaseId === undefined));
    assert.ok(locations.some((l) => l.uri === 'file:///C:/praktijk/week%202.md'));
    assert.equal(run!.originalUriBaseIds.SRCROOT!.uri, 'file:///work/praktijk/');
    assert.equal(run!.tool.driver.informationUri, undefined);
    assert.ok(run!.tool.driver.rules.every((rule) => !('helpUri' in rule)));
  });

  it('gives each result the level of its effective severity', () => {
    const settings = parseSettings({ severity: { 'signal/expert-role': 'warning' } }, []);
    const findings = analyzeReport(heavy, settings).findings;
    const log = JSON.parse(sarif([{ path: 'a.md', findings }], '0.1.0', 'file:///work/')) as Log;
    for (const result of log.runs[0]!.results) {
      const finding = findings.find((f) => f.ruleId === result.ruleId)!;
      assert.equal(result.level, finding.severity === 'warning' ? 'warning' : 'note', result.ruleId);
    }
    assert.ok(log.runs[0]!.results.some((r) => r.ruleId === 'signal/expert-role' && r.level === 'warning'));
  });

  it('is refused by the schema when a path is not a URI reference (the check can fail)', () => {
    const log = JSON.parse(
      sarif([{ path: 'a.md', findings: analyzeReport(heavy, defaultSettings).findings }], '0.1.0', 'file:///work/'),
    ) as Log;
    log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'sessie met spatie #1.md';
    assert.notDeepEqual(sarifErrors(log), []);
  });
});
