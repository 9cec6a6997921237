import { runSiteContentScript } from '../utils/content/run-site';
import { m365 } from '../utils/sites/m365';

export default defineContentScript({
  matches: [...m365.matches],
  // document_start so our capture-phase listeners run before the site's editor registers its own.
  runAt: 'document_start',
  main(ctx) {
    runSiteContentScript(m365, ctx);
  },
});
