import { signal } from '@preact/signals';
import { render } from 'preact';
import { GuardPanel } from '../../components/guard/GuardPanel';
import type { Choice, PanelModel } from '../../components/guard/model';
import { PANEL_CSS } from '../../components/guard/styles';

const HOST_TAG = 'shadow-ai-guard';
const GAP = 8;

/**
 * One question shown in the panel. Its flow updates and closes the panel only through it, so a
 * flow whose question was replaced by a newer one (a second paste while the first panel was
 * open) cannot close or overwrite its successor's panel.
 */
export interface Question {
  /** The user's choice; `cancel` also when a newer question replaced this one. */
  readonly choice: Promise<Choice>;
  /** Whether this is still the question on screen (false once replaced or closed). */
  isCurrent(): boolean;
  update(model: PanelModel): void;
  close(): void;
}

/**
 * Owns the one in-page panel. A single instance per tab: a new question replaces the open one,
 * whose flow gets `cancel` (nothing it held lands).
 * The shadow root is closed so page scripts cannot reach our buttons through `shadowRoot`.
 */
export class PanelHost {
  private host: HTMLElement | null = null;
  private model = signal<PanelModel | null>(null);
  private resolve: ((choice: Choice) => void) | null = null;
  private anchor: HTMLElement | null = null;
  private container: HTMLDivElement | null = null;
  private current: object | null = null;
  private generation = 0;
  private readonly reposition = () => this.place();
  /**
   * Escape cancels the open question even before focus has moved into the panel (the panel takes
   * focus one frame after it renders; a quick Escape would otherwise reach the site and be lost).
   * Keys inside the panel are handled by the panel itself.
   */
  private readonly escapeAnywhere = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !event.isTrusted || !this.resolve) return;
    if (this.host && event.composedPath().includes(this.host)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.finish({ kind: 'cancel' });
  };

  /** Shows `model` near `anchor`; the returned question resolves with the user's choice. */
  open(model: PanelModel, anchor: HTMLElement): Question {
    const previous = this.resolve;
    this.resolve = null;
    const token = {};
    this.current = token;
    previous?.({ kind: 'cancel' });
    this.anchor = anchor;
    this.mount();
    this.model.value = model;
    this.renderPanel();
    this.place();
    const choice = new Promise<Choice>((resolve) => {
      this.resolve = resolve;
    });
    const isCurrent = () => this.current === token;
    return {
      choice,
      isCurrent,
      update: (next) => {
        if (!isCurrent()) return;
        this.model.value = next;
        this.place();
      },
      close: () => {
        if (isCurrent()) this.close();
      },
    };
  }

  /** Removes the panel whatever it shows (the extension is going away). Flows use Question.close. */
  close(): void {
    this.current = null;
    this.resolve?.({ kind: 'cancel' });
    this.model.value = null;
    this.resolve = null;
    if (this.container) render(null, this.container);
    this.container = null;
    this.host?.remove();
    this.host = null;
    window.removeEventListener('resize', this.reposition);
    window.removeEventListener('scroll', this.reposition, true);
    window.removeEventListener('keydown', this.escapeAnywhere, true);
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
    this.host = host;
    this.container = container;
    window.addEventListener('resize', this.reposition);
    window.addEventListener('scroll', this.reposition, true);
    window.addEventListener('keydown', this.escapeAnywhere, true);
  }

  /** A fresh component per question, so state such as a half-typed reason never carries over. */
  private renderPanel(): void {
    if (!this.container) return;
    const key = ++this.generation;
    render(<GuardPanel key={key} model={this.model} onChoice={(choice) => this.finish(choice)} />, this.container);
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
