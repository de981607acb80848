import type { Level } from '../unified-status.js';
import { mapAwsCode, mapAwsRssTitle } from './aws.mapping.js';
import { mapAzureDevOpsHealth } from './azure-devops.mapping.js';
import { decodeText, parseJsonBody } from './decode.js';
import { mapGcpStatus } from './gcp.mapping.js';
import { mapSlackItemType } from './slack.mapping.js';
import { mapComponentStatus, mapIndicator } from './statuspage.mapping.js';
import { mapStatusIoCode } from './statusio.mapping.js';
import { UnparseableResponse } from './vendor-errors.js';

type Row<T> = [T, Level];

describe.each<[string, (value: never) => Level, Row<unknown>[]]>([
  [
    'Statuspage component status',
    mapComponentStatus,
    [
      ['operational', 'OK'],
      ['degraded_performance', 'Degraded'],
      ['partial_outage', 'Degraded'],
      ['major_outage', 'Outage'],
      ['under_maintenance', 'Maintenance'],
      ['degraded', 'Unknown'],
      ['toString', 'Unknown'],
      [null, 'Unknown'],
    ],
  ],
  [
    'Statuspage indicator / impact',
    mapIndicator,
    [
      ['none', 'OK'],
      ['minor', 'Degraded'],
      ['major', 'Degraded'],
      ['critical', 'Outage'],
      ['maintenance', 'Maintenance'],
      ['severe', 'Unknown'],
    ],
  ],
  [
    'Google Cloud status',
    mapGcpStatus,
    [
      ['AVAILABLE', 'OK'],
      ['SERVICE_INFORMATION', 'OK'],
      ['SERVICE_DISRUPTION', 'Degraded'],
      ['SERVICE_OUTAGE', 'Outage'],
      ['service_outage', 'Unknown'],
      ['', 'Unknown'],
    ],
  ],
  [
    'AWS status code',
    mapAwsCode,
    [
      ['0', 'OK'],
      ['1', 'Degraded'],
      ['2', 'Degraded'],
      ['3', 'Outage'],
      [3, 'Outage'],
      ['4', 'Unknown'],
      [null, 'Unknown'],
    ],
  ],
  [
    'AWS RSS item title',
    mapAwsRssTitle,
    [
      ['Service is operating normally: [RESOLVED] Increased API Error Rates', 'OK'],
      ['Service is operating normally', 'OK'],
      ['Informational message: Increased API Error Rates', 'Degraded'],
      ['Informational message: [RESOLVED] Increased API Error Rates', 'OK'],
      ['Informational message: [解決済] APIのエラー率 | [resolved] Increased API Error Rates', 'OK'],
      ['Performance issues: Elevated latencies', 'Degraded'],
      ['Service degradation: Elevated error rates', 'Degraded'],
      ['Service disruption: Instances unreachable', 'Outage'],
      ['Service disruption: [RESOLVED] Instances unreachable', 'OK'],
      ['Something new: whatever', 'Unknown'],
    ],
  ],
  [
    'Azure DevOps health',
    mapAzureDevOpsHealth,
    [
      ['healthy', 'OK'],
      ['advisory', 'OK'],
      ['degraded', 'Degraded'],
      ['unhealthy', 'Outage'],
      ['investigating', 'Unknown'],
    ],
  ],
  [
    'status.io status code',
    mapStatusIoCode,
    [
      [100, 'OK'],
      [200, 'Maintenance'],
      [300, 'Degraded'],
      [400, 'Degraded'],
      [500, 'Outage'],
      [600, 'Degraded'],
      ['500', 'Outage'],
      [700, 'Unknown'],
    ],
  ],
  [
    'Slack item type',
    mapSlackItemType,
    [
      ['outage', 'Outage'],
      ['incident', 'Degraded'],
      ['notice', 'OK'],
      ['maintenance', 'Maintenance'],
      ['planned', 'Unknown'],
    ],
  ],
])('%s', (_name, map, rows) => {
  it.each(rows)('%j → %s', (value, expected) => {
    expect(map(value as never)).toBe(expected);
  });
});

describe('decodeText', () => {
  const json = '[{"region_name":"東京"}]';
  it.each<[string, Buffer]>([
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])],
    ['plain UTF-8', Buffer.from(json)],
    ['UTF-16 BE without BOM', Buffer.from(json, 'utf16le').swap16()],
  ])('%s', (_name, bytes) => {
    expect(decodeText(bytes)).toBe(json);
  });
});

describe('parseJsonBody', () => {
  it.each<[string, string]>([
    ['', 'empty body'],
    ['   ', 'empty body'],
    ['<html><title>503</title></html>', 'HTML or XML where JSON was expected'],
    ['{"page":{"id":"kctb', 'invalid JSON'],
  ])('%j is unparseable (%s)', (body, message) => {
    expect(() => parseJsonBody(Buffer.from(body))).toThrow(UnparseableResponse);
    expect(() => parseJsonBody(Buffer.from(body))).toThrow(message);
  });
});
