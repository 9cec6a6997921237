import { runSiteContentScript } from '../utils/content/run-site';
import { claude } from '../utils/sites/claude';

export default defineContentScript({
  matches: [...claude.matches],
  // document_start so our capture-phase listeners run before the site's editor registers its own.
  runAt: 'document_start',
  main(ctx) {
    runSiteContentScript(claude, ctx);
  },
});
