import { signal } from '@preact/signals';
import { render } from 'preact';
import { GuardPanel } from '../../components/guard/GuardPanel';
import type { Choice, PanelModel } from '../../components/guard/model';
import { PANEL_CSS } from '../../components/guard/styles';

const HOST_TAG = 'shadow-ai-guard';
const GAP = 8;

/**
 * Owns the one in-page panel. A single instance per tab: a second question waits for the first.
 * The shadow root is closed so page scripts cannot reach our buttons through `shadowRoot`.
 */
export class PanelHost {
  private host: HTMLElement | null = null;
  private model = signal<PanelModel | null>(null);
  private resolve: ((choice: Choice) => void) | null = null;
  private anchor: HTMLElement | null = null;
  private container: HTMLDivElement | null = null;
  private readonly reposition = () => this.place();

  isOpen(): boolean {
    return this.resolve !== null;
  }

  /** Shows `model` near `anchor` and resolves with the user's choice. */
  ask(model: PanelModel, anchor: HTMLElement): Promise<Choice> {
    this.resolve?.({ kind: 'cancel' });
    this.anchor = anchor;
    this.mount();
    this.model.value = model;
    this.place();
    return new Promise<Choice>((resolve) => {
      this.resolve = resolve;
    });
  }

  update(model: PanelModel): void {
    this.model.value = model;
    this.place();
  }

  close(): void {
    this.model.value = null;
    this.resolve = null;
    this.host?.remove();
    this.host = null;
    window.removeEventListener('resize', this.reposition);
    window.removeEventListener('scroll', this.reposition, true);
  }

  private mount(): void {
    if (this.host?.isConnected) return;
    const host = document.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = PANEL_CSS;
    const container = document.createElement('div');
    container.style.position = 'fixed';
    container.style.zIndex = '2147483647';
    shadow.append(style, container);
    // On <html>, not <body>: single-page sites re-render body children and would drop us.
    document.documentElement.append(host);
    render(<GuardPanel model={this.model} onChoice={(choice) => this.finish(choice)} />, container);
    this.host = host;
    this.container = container;
    window.addEventListener('resize', this.reposition);
    window.addEventListener('scroll', this.reposition, true);
  }

  private finish(choice: Choice): void {
    const resolve = this.resolve;
    this.resolve = null;
    resolve?.(choice);
  }

  private place(): void {
    const container = this.container;
    if (!container || !this.anchor) return;
    const rect = this.anchor.getBoundingClientRect();
    const width = Math.min(520, Math.max(320, rect.width || 480), window.innerWidth - 2 * GAP);
    const left = Math.min(Math.max(GAP, rect.left), window.innerWidth - width - GAP);
    container.style.width = `${width}px`;
    container.style.left = `${left}px`;
    // Above the composer (where the text would have gone) if there is room, else below.
    if (rect.top > 220) {
      container.style.top = '';
      container.style.bottom = `${window.innerHeight - rect.top + GAP}px`;
    } else {
      container.style.bottom = '';
      container.style.top = `${Math.min(rect.bottom + GAP, window.innerHeight - 200)}px`;
    }
  }
}
