import { runSiteContentScript } from '../utils/content/run-site';
import { copilot } from '../utils/sites/copilot';

export default defineContentScript({
  matches: [...copilot.matches],
  // document_start so our capture-phase listeners run before the site's editor registers its own.
  runAt: 'document_start',
  main(ctx) {
    runSiteContentScript(copilot, ctx);
  },
});
