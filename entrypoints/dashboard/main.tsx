import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { EFFECTIVE_POLICY_KEY } from '../../utils/guard/policy-source';

async function readPolicy(): Promise<unknown> {
  const stored = await browser.storage.local.get(EFFECTIVE_POLICY_KEY);
  return stored[EFFECTIVE_POLICY_KEY];
}

render(<DashboardApp readPolicy={readPolicy} />, document.getElementById('app')!);
