import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { InvalidController } from '../../controllers/invalid.js';
import { defineElement } from '../../lib/define.js';
import { readSelectedTab, tabsProblems } from '../../lib/forms/attributes.js';
import { ensureId, visibleText } from '../../lib/forms/dom.js';
import type { InputProblem } from '../../lib/invalid.js';
import { enhancerStyles } from '../../styles/enhancer.styles.js';

const HEADING = /^H[2-6]$/;

/**
 * Tabs, only where they help: a few short, parallel sections a person compares or picks one of
 * (opening hours / access / contact of a place). The page writes sections, each starting with a
 * heading; without JavaScript they are read one after the other. The element puts a tab list
 * (ARIA tabs pattern) before them, one tab per section named by its heading: arrows move from tab
 * to tab and open it, Home and End go to the first and last, Tab goes into the open panel.
 *
 * A light-DOM enhancer: the tab list is written in the page, next to the sections it controls, so
 * that `aria-controls` and `aria-labelledby` reach them; `forms.css` styles it.
 *
 * @tagname loos-tabs
 * @summary Onglets : des sections titrées, choisies par onglet ; sans JavaScript, elles se lisent l’une après l’autre.
 *
 * @slot - Les sections (`<section>` ou `<div>`), chacune ouverte par un titre `<h2>`…`<h6>`.
 *
 * @fires loos-invalid - Quand il y a moins de deux sections titrées, qu'une section n'a pas de titre,
 * ou que `selected` n'est pas le numéro d'un onglet.
 */
export class LoosTabs extends LitElement {
  static override styles = enhancerStyles;

  /** L'onglet ouvert au départ, compté à partir de 0 (le premier). */
  @property() selected?: unknown;

  /** Un nom pour la liste d'onglets quand la page en a plusieurs (« Informations pratiques »). */
  @property() label?: string;

  private index = 0;
  private panels: HTMLElement[] = [];
  private untitled = 0;
  private tabList?: HTMLElement;
  private selectionProblems: readonly InputProblem[] = [];
  private readonly invalid = new InvalidController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.readSections();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('selected')) {
      const result = readSelectedTab(this.selected, this.panels.length);
      this.index = result.index;
      this.selectionProblems = result.problems;
    }
    this.invalid.problems = [...tabsProblems(this.panels.length, this.untitled), ...this.selectionProblems];
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  protected override updated(): void {
    if (this.panels.length < 2) return;
    this.buildTabList();
    this.showSelected(false);
  }

  /** L'onglet ouvert, compté à partir de 0. */
  get selectedIndex(): number {
    return this.index;
  }

  /** Opens the tab at `index` (from 0), as a click on it would, and optionally focuses it. */
  select(index: number, focus = false): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.panels.length) return;
    this.index = index;
    this.showSelected(focus);
  }

  private readSections(): void {
    const sections = [...this.children].filter((child): child is HTMLElement => child instanceof HTMLElement && !child.classList.contains('loos-tabs__list'));
    this.panels = sections.filter((section) => section.firstElementChild !== null && HEADING.test(section.firstElementChild.tagName));
    this.untitled = sections.length - this.panels.length;
  }

  private buildTabList(): void {
    if (this.tabList !== undefined) {
      nameTabList(this.tabList, this.label);
      return;
    }
    // A copy of enhanced tabs (a page's clone) carries a tab list without its listeners: make it anew.
    this.querySelector(':scope > .loos-tabs__list')?.remove();
    const list = document.createElement('div');
    list.className = 'loos-tabs__list';
    list.setAttribute('role', 'tablist');
    nameTabList(list, this.label);
    this.panels.forEach((panel, index) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.className = 'loos-tabs__tab';
      tab.setAttribute('role', 'tab');
      tab.textContent = visibleText(panel.firstElementChild);
      tab.id = `${ensureId(panel, 'panel')}-tab`;
      tab.setAttribute('aria-controls', panel.id);
      tab.addEventListener('click', () => {
        this.select(index, true);
      });
      panel.classList.add('loos-tabs__panel', 'loos-tabs__panel--enhanced');
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      list.append(tab);
    });
    list.addEventListener('keydown', this.onKeyDown);
    this.tabList = list;
    this.panels[0]?.before(list);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const last = this.panels.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: this.index === last ? 0 : this.index + 1,
      ArrowLeft: this.index === 0 ? last : this.index - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.select(next, true);
  };

  private showSelected(focus: boolean): void {
    const tabs = [...(this.tabList?.children ?? [])] as HTMLElement[];
    tabs.forEach((tab, index) => {
      const selected = index === this.index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = this.panels[index];
      if (panel !== undefined) panel.hidden = !selected;
      if (selected && focus) tab.focus();
    });
  }
}

/** The list's name, when it is a text (a script may set anything). */
function nameTabList(list: HTMLElement, label: unknown): void {
  if (typeof label === 'string' && label.trim() !== '') list.setAttribute('aria-label', label);
  else list.removeAttribute('aria-label');
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-tabs': LoosTabs;
  }
}

defineElement('loos-tabs', LoosTabs);
