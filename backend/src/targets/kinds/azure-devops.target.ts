import { AZURE_DEVOPS_OVERALL, mapAzureDevOps } from '../mapping/azure-devops.mapping.js';
import type { VendorReport } from '../unified-status.js';
import { RestTarget, withPath } from './target.js';

/** Azure DevOps status health, geographies as dimensions. */
export class AzureDevOps extends RestTarget {
  static readonly defaultBaseUrl = 'https://status.dev.azure.com';
  constructor(name = 'azure-devops', baseUrl = AzureDevOps.defaultBaseUrl) {
    super(name, withPath(baseUrl, '/_apis/status/health?api-version=7.0-preview.1'), AZURE_DEVOPS_OVERALL);
  }
  protected parseJson(document: unknown): VendorReport {
    return mapAzureDevOps(document);
  }
}
