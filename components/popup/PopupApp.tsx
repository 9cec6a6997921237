import { CoverageList } from './CoverageList';

export function PopupApp() {
  return (
    <main class="popup">
      <header>
        <h1>Shadow AI Discovery</h1>
      </header>
      <CoverageList />
    </main>
  );
}
