import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../lib/define.js';
import { readSelectedTab, tabsProblems } from '../../lib/forms/attributes.js';
import { ensureId, visibleText } from '../../lib/forms/dom.js';
import type { InputProblem } from '../../lib/invalid.js';
import { LightDomEnhancer } from '../light-dom-enhancer.js';

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
export class LoosTabs extends LightDomEnhancer {
  /** L'onglet ouvert au départ, compté à partir de 0 (le premier). */
  @property() selected?: unknown;

  /** Un nom pour la liste d'onglets quand la page en a plusieurs (« Informations pratiques »). */
  @property() label?: string;

  private index = 0;
  private panels: HTMLElement[] = [];
  private untitled = 0;
  private tabList?: HTMLElement;
  private selectionProblems: readonly InputProblem[] = [];

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
    this.attributeProblems = [...tabsProblems(this.panels.length, this.untitled), ...this.selectionProblems];
    super.willUpdate(changed);
  }

  protected override enhance(): InputProblem[] {
    if (this.panels.length >= 2) this.buildTabList();
    return [];
  }

  protected override writeTexts(): void {
    if (this.tabList === undefined) return;
    nameTabList(this.tabList, this.label);
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
    const list = this.adopt('div', 'loos-tabs__list', (part) => {
      this.panels[0]?.before(part);
    });
    list.setAttribute('role', 'tablist');
    // A copied list's tabs carry no listeners: they are written anew.
    list.replaceChildren();
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
