import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Both manifest flavours describe the same add-in: same id, same task pane URL, same least-privilege permission,
 * same requirement set, pinnable. The JSON one is also validated against its schema, offline (the schemas ship in
 * @microsoft/app-manifest). The XML one has no offline validator (office-addin-manifest posts it to a Microsoft
 * service), so its structure is checked here.
 */
const dir = import.meta.dirname;
const require = createRequire(import.meta.url);
const { validateManifest } = require('office-addin-manifest/lib/validate.js') as {
  validateManifest(path: string): Promise<{ isValid: boolean; report?: { errors?: { content?: string }[] } }>;
};

const variants = [
  { name: 'production', json: 'manifest.json', xml: 'manifest.xml', origin: 'https://followup.contoso.com' },
  { name: 'dev host', json: 'manifest.dev.json', xml: 'manifest.dev.xml', origin: 'https://localhost:7072' },
] as const;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const readJson = (file: string): Json => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const readXml = (file: string) => readFileSync(join(dir, file), 'utf8');
const xmlValue = (xml: string, pattern: RegExp) => pattern.exec(xml)?.[1];

describe.each(variants)('$name manifests', (variant) => {
  const json = readJson(variant.json);
  const xml = readXml(variant.xml);
  const extension = json.extensions[0];
  const runtime = extension.runtimes[0];

  it('validates against the unified manifest schema offline', async () => {
    const result = await validateManifest(join(dir, variant.json));
    expect(result.report?.errors?.map((e) => e.content) ?? []).toEqual([]);
    expect(result.isValid).toBe(true);
  });

  it('has the same add-in id in both flavours', () => {
    expect(xmlValue(xml, /<Id>([^<]+)<\/Id>/)).toBe(json.id);
  });

  it('opens the same task pane URL, on the expected origin', () => {
    const page = `${variant.origin}/taskpane.html`;
    expect(runtime.code.page).toBe(page);
    expect(xmlValue(xml, /<SourceLocation DefaultValue="([^"]+)"/)).toBe(page);
    expect(xmlValue(xml, /<bt:Url id="TaskPaneUrl" DefaultValue="([^"]+)"/)).toBe(page);
  });

  it('asks for item-level read/write only (for categories), nothing mailbox-wide', () => {
    expect(json.authorization.permissions.resourceSpecific).toEqual([{ name: 'MailboxItem.ReadWrite.User', type: 'Delegated' }]);
    expect(xmlValue(xml, /<Permissions>([^<]+)<\/Permissions>/)).toBe('ReadWriteItem');
  });

  it('needs Mailbox 1.8 in both flavours', () => {
    expect(extension.requirements.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.8' }]);
    expect(xml).toMatch(/<Set Name="Mailbox" MinVersion="1.8"\/>/);
    expect(xml).toMatch(/<bt:Sets DefaultMinVersion="1.8">\s*<bt:Set Name="Mailbox"\/>/);
  });

  it('is a pinnable message-read task pane in both flavours', () => {
    expect(extension.ribbons[0].contexts).toEqual(['mailRead']);
    expect(runtime.actions).toEqual([expect.objectContaining({ type: 'openPage', pinnable: true })]);
    expect(xml).toMatch(/<ExtensionPoint xsi:type="MessageReadCommandSurface">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*<SupportsPinning>true<\/SupportsPinning>/);
    expect(xml).toMatch(/<VersionOverrides xmlns="http:\/\/schemas.microsoft.com\/office\/mailappversionoverrides\/1.1" xsi:type="VersionOverridesV1_1">/);
  });

  it('serves every URL from the one origin, over https', () => {
    const urls = [...JSON.stringify(json).matchAll(/"(https?:\/\/[^"]+)"/g), ...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((u) => !u.startsWith('https://developer.microsoft.com/'));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(`${variant.origin}/`)).toBe(true);
    expect(xmlValue(xml, /<AppDomain>([^<]+)<\/AppDomain>/)).toBe(variant.origin);
  });

  it('names icons that the build serves', () => {
    const icons = [...JSON.stringify(json).matchAll(/\/assets\/(icon-\d+\.png)/g), ...xml.matchAll(/\/assets\/(icon-\d+\.png)/g)].map((m) => m[1]!);
    for (const icon of new Set(icons)) expect(() => readFileSync(join(dir, '..', 'public', 'assets', icon))).not.toThrow();
  });
});

it('gives the dev and production add-ins different ids, so both can be installed', () => {
  expect(readJson('manifest.json').id).not.toBe(readJson('manifest.dev.json').id);
});
