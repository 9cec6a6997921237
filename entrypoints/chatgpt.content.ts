import { runSiteContentScript } from '../utils/content/run-site';
import { chatgpt } from '../utils/sites/chatgpt';

export default defineContentScript({
  matches: [...chatgpt.matches],
  // document_start so our capture-phase listeners run before the site's editor registers its own.
  runAt: 'document_start',
  main(ctx) {
    runSiteContentScript(chatgpt, ctx);
  },
});
