import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { partLang } from '../../lib/i18n.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { CustomStatesController } from '../../controllers/custom-states.js';
import { DataSourceController } from '../../controllers/data-source.js';
import { DATA_SOURCES } from '../../lib/data-sources.js';
import { WakeUpController } from '../../controllers/clock.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { loadLocale } from '../../lib/strings/locales.js';
import { headingLevelProperty } from '../../lib/attributes.js';
import { hasFocusWithin } from '../../lib/focus.js';
import { defineElement } from '../../lib/define.js';
import { readHeadingLevel, type HeadingLevel } from '../../lib/heading-level.js';
import { problem, type InputProblem } from '../../lib/invalid.js';
import { activeNotices, nextChange } from '../../lib/notices/active.js';
import { systemClock, type Clock } from '../../lib/notices/clock.js';
import { formatNoticeDate, noticeViewOf, type NoticeView } from '../../lib/notices/display.js';
import { browserStorage } from '../../lib/notices/dismissals.js';
import { loadFeedCache, saveFeedCache } from '../../lib/notices/feed-source.js';
import type * as FeedBody from '../../lib/notices/feed-body.js';
import { parseJsonFeed } from '../../lib/notices/json-feed.js';
import { FEED_READ_FAILED, isAllInvalid, noticeToJson, PARSER_UNAVAILABLE, unreadable, type FeedParseResult, type Notice } from '../../lib/notices/model.js';
import { noticeFeedStrings, noticeStrings } from '../../lib/strings/notices.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { LoosNotice } from '../notice/notice.js';
import { noticeFeedStyles } from './notice-feed.styles.js';

/** `loading` before any answer; `ready` after a good one; `stale` when the last good list is shown after a failure; `error` when there is nothing to show. */
export const FEED_STATES = ['loading', 'ready', 'stale', 'error'] as const;
export type FeedState = (typeof FEED_STATES)[number];

/** Shortest refresh period: a city feed changes in minutes, and partner sites must not hammer it. */
export const MIN_REFRESH_SECONDS = 30;

/**
 * The city's current official notices, read from a feed (the library's JSON or CAP 1.2: a single
 * alert, several in a wrapper, or an Atom or RSS feed of alerts) and shown with `<loos-notice>`:
 * alerts first, then warnings, then information, newest first. Partner sites (schools, associations) embed it to relay the
 * city's word. It requests nothing but `src`; when the feed fails, the last good list stays
 * on screen and `state` says `stale`.
 *
 * The page can also carry the notices itself — the `notices` property, or a
 * `<script type="application/json">` child in the feed format (`{ "notices": [ … ] }`): they are
 * shown at once (and by the server, see docs/ssr.md), then replaced by each good read of `src`,
 * when there is one.
 *
 * @tagname loos-notice-feed
 * @summary Fil des avis officiels : lit un flux JSON ou CAP 1.2 et affiche les avis en cours, même hors ligne.
 *
 * @slot - Ce que dit la page pendant le chargement du flux, quand il ne peut pas être lu, et sans
 *   JavaScript : un lien vers tous les avis de la ville, par exemple. Masqué dès que des avis s'affichent.
 *
 * @csspart list - La liste des avis.
 * @csspart status - La ligne qui dit que la liste se charge, est vide, n'est plus à jour ou est indisponible.
 *
 * @cssstate loading - Before the first answer.
 * @cssstate ready - After a good answer.
 * @cssstate stale - The last good list is shown after a failure.
 * @cssstate error - Nothing to show after a failure.
 *
 * @cssprop --loos-notice-feed-gap - Espace entre les avis (par défaut : le petit espacement).
 *
 * @fires loos-invalid - Quand `src`, `refresh` ou `max` est refusé, quand le flux ne peut pas être lu, ou quand des entrées sont écartées (chaque raison est donnée).
 */
export class LoosNoticeFeed extends LitElement {
  static override styles = [sharedStyles, noticeFeedStyles];

  /** Adresse du flux (https:, http: ou relative). */
  @property() src?: string;
  /**
   * Avis fournis avec la page, en objets au format du flux (le tableau `notices` de
   * `{ "notices": [ … ] }`) ; affichés jusqu'à la réponse de `src`. Propriété seulement ; en HTML,
   * un enfant `<script type="application/json">` contient le flux entier.
   */
  @property({ attribute: false }) notices?: unknown;
  /** Secondes entre deux lectures du flux ; aucune relecture par défaut. 30 au minimum. */
  @property({ type: Number }) refresh?: number;
  /** Nombre maximal d'avis affichés. */
  @property({ type: Number }) max?: number;
  /** Niveau des titres des avis dans le plan de la page (de 2 à 6 ; 2 par défaut). Attribut : `heading-level`. */
  @property(headingLevelProperty) headingLevel?: string | number;
  /** Permet de masquer les avis `info` et `warning` (jamais les alertes). */
  @property({ type: Boolean }) dismissible = false;
  /**
   * Où en est l'élément (`loading`, `ready`, `stale`, `error`) ; l'élément l'écrit, l'intégrateur le lit. Le CSS
   * de la page le lit avec `:state(stale)`… ; l'attribut reflété reste pour les navigateurs sans états personnalisés.
   */
  @property({ reflect: true }) state: FeedState = 'loading';
  /** La source de l'heure (les tests et le catalogue y mettent une horloge contrôlée). Propriété seulement, sans attribut. */
  @property({ attribute: false }) clock: Clock = systemClock;
  /** Le `fetch` à utiliser (les tests et le catalogue en fournissent un) ; le `fetch` global par défaut. Propriété seulement. */
  @property({ attribute: false }) fetcher?: typeof globalThis.fetch;

  /** The notices the element holds now (validated), from the page or from the feed. */
  @state() private list: readonly Notice[] = [];
  @state() private savedAt?: Date;
  @state() private skipped = 0;
  /** Bumped by the change timer so that publications and expiries re-sort the list. */
  @state() private tick = 0;

  /** Pourquoi la dernière lecture a échoué, en français (vide après une lecture réussie). */
  lastFailure = '';

  private hasList = false;
  /** `hasUpdated` is already true in the first `updated()`: this says whether it is the first. */
  private hasUpdatedOnce = false;
  private generation = 0;
  private readonly locale = new LocaleController(this, loadLocale);
  private readonly invalid = new InvalidController(this);
  private readonly announcer = new AnnouncerController(this);
  private readonly refreshTimer = new WakeUpController(this, () => this.clock, () => {
    void this.load();
  });
  /** At the next publication or expiry: re-sort and refill up to `max`. */
  private readonly changeTimer = new WakeUpController(this, () => this.clock, () => {
    this.tick += 1;
  });
  /** Ids already on screen; `undefined` until the first read is over (nothing is announced before). */
  private seen?: Set<string>;
  /** What the last read of the data found wrong (the attributes' problems are added at each update). */
  private dataProblems: readonly InputProblem[] = [];
  private readonly views = new WeakMap<Notice, NoticeView>();
  /** The JSON child and `src`. */
  private readonly data = new DataSourceController(this, DATA_SOURCES['loos-notice-feed']);
  private readonly states = new CustomStatesController(this, () => [this.state]);
  /** What was wrong in the notices given with the page; reported until `src` replaces them. */
  private inlineProblems: readonly InputProblem[] = [];

  /** Also waits for the words of an English context, loaded on demand. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.locale.loading;
    return super.getUpdateComplete();
  }

  /** Les avis à l'écran en ce moment, dans l'ordre d'affichage. */
  get shownNotices(): readonly Notice[] {
    return activeNotices(this.list, this.clock.now(), this.maxShown());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: read again. The first time, the first update starts it.
    if (this.hasUpdated) void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('notices')) this.readInline();
    // Started while updating (never from updated()); the browser only: the server renders what the page gave.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed `false` in the browser build, `true` under Node
    if (!isServer && (!this.hasUpdated || changed.has('src') || changed.has('fetcher'))) void this.load();
    // The feed checks its own attributes once; its notices get views already checked.
    this.invalid.problems = [...this.settingProblems(), ...this.dataProblems];
  }

  /**
   * The notices given with the page, read through the feed parser of the library (on the server
   * too: the same list is rendered there and hydrated here).
   */
  private readInline(): void {
    const body = this.notices !== undefined ? { notices: this.notices } : this.data.childText?.text;
    if (body === undefined) return;
    const result = parseJsonFeed(body);
    this.inlineProblems = result.problems;
    if (!result.readable) {
      // With a feed to read, it may still bring a list; without one, there is nothing to show.
      if ((this.src ?? '') === '' && !this.hasList) {
        this.lastFailure = result.problems[0]?.message ?? '';
        this.state = 'error';
      }
      return;
    }
    this.list = result.notices;
    this.skipped = result.skipped;
    this.savedAt = new Date(this.clock.now());
    this.hasList = true;
    this.state = 'ready';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.generation += 1; // an answer arriving now is ignored
  }

  protected override updated(changed: PropertyValues<this>): void {
    const reading = !this.hasUpdatedOnce || changed.has('src') || changed.has('fetcher');
    this.hasUpdatedOnce = true;
    // A read under way schedules the next refresh when it ends.
    if (!reading && changed.has('refresh')) this.scheduleRefresh();
    this.scheduleChange();
    this.announceNewcomers();
  }

  /** Reads the feed now. Never throws; the outcome is in `state`. */
  async load(): Promise<void> {
    const generation = ++this.generation;
    this.refreshTimer.cancel();
    // Start after the current update: what load() sets must not change the update under way.
    await Promise.resolve();
    if (generation !== this.generation) return;
    const src = this.src ?? '';
    if (src === '' && (this.notices !== undefined || this.data.childText !== undefined)) {
      // Notices given with the page and no feed to refresh them: nothing to request.
      this.finishRead(this.inlineProblems);
      return;
    }
    const storage = browserStorage();
    if (!this.hasList) this.restoreFromCache(storage, src);

    // Reading the answer needs code that a page without `src` never uses: it loads while the
    // request is out (a failure to load it is caught here, so it is never an unhandled rejection).
    const reader = import('../../lib/notices/feed-body.js').catch(() => undefined);
    const outcome = await this.data.fetch(src, { ...(this.fetcher === undefined ? {} : { fetch: this.fetcher }), clock: this.clock });
    if (outcome === undefined || generation !== this.generation) return;

    let problems: readonly InputProblem[];
    const read = await reader;
    try {
      // Only the parser this body needs is loaded (the CAP reader is most of the feed's code).
      let result: FeedParseResult | undefined;
      if (outcome.ok) {
        result =
          read === undefined
            ? unreadable('unknown', 'body', PARSER_UNAVAILABLE)
            : await read.parseFeedOnDemand(outcome.body, outcome.contentType, { language: this.locale.value });
      }
      if (generation !== this.generation) return;
      if (result !== undefined) this.takeResult(result, storage, src, read);
      // Until the feed gives a list, the page's list stays on screen with its problems.
      // concat, not a spread into push: a hostile body can bring more problems than a call takes arguments.
      problems = (result?.problems ?? []).concat(this.inlineProblems);
      if (!outcome.ok) {
        if (outcome.failure === 'refused') problems = problems.concat(problem('src', outcome.message, this.src));
        this.fail(outcome.message);
      }
    } catch {
      // Whatever went wrong, the list on screen stays, the feed says so and the next refresh happens.
      const message = read?.feedReadFailedMessage(this.hasList) ?? FEED_READ_FAILED;
      problems = [problem('body', message)];
      this.fail(message);
    }
    this.finishRead(problems);
  }

  /** A body read: a list replaces the one on screen (and its stored copy) only when it is not made of errors. */
  private takeResult(result: FeedParseResult, storage: Storage | undefined, src: string, read: typeof FeedBody | undefined): void {
    if (!result.readable) {
      this.fail(result.problems[0]?.message ?? '');
    } else if (isAllInvalid(result)) {
      // A body with entries was read, so its reader (and these words) are loaded.
      this.fail(read?.allInvalidMessage(result.skipped, this.hasList) ?? FEED_READ_FAILED);
    } else {
      this.inlineProblems = []; // the feed's list replaces the page's
      this.list = result.notices;
      this.skipped = result.skipped;
      this.savedAt = new Date(this.clock.now());
      this.hasList = true;
      this.lastFailure = '';
      this.state = 'ready';
      saveFeedCache(storage, src, { savedAt: this.savedAt, notices: result.notices });
    }
  }

  private finishRead(problems: readonly InputProblem[]): void {
    this.dataProblems = problems;
    this.invalid.problems = [...this.settingProblems(), ...problems];
    this.invalid.flush();
    // The first read is over: from now on, notices that arrive are announced.
    this.seen ??= new Set(this.shownNotices.map((notice) => notice.id));
    this.scheduleRefresh();
  }

  private fail(message: string): void {
    this.lastFailure = message;
    const state = this.hasList ? 'stale' : 'error';
    // Said once, when the feed falls into the state, not at each failed refresh after.
    if (state !== this.state) {
      this.announcer.announce(() => {
        const strings = noticeFeedStrings[this.locale.value];
        return state === 'error' ? strings.error : strings.stale(formatNoticeDate(this.savedAt ?? new Date(this.clock.now()), false, this.locale.value));
      });
    }
    this.state = state;
  }

  private restoreFromCache(storage: Storage | undefined, src: string): void {
    const cached = loadFeedCache(storage, src);
    if (cached === undefined) return;
    this.list = cached.notices;
    this.savedAt = cached.savedAt;
    this.hasList = true;
  }

  private settingProblems(): InputProblem[] {
    const problems: InputProblem[] = [];
    if (this.refresh !== undefined && !(Number.isFinite(this.refresh) && this.refresh >= MIN_REFRESH_SECONDS)) {
      problems.push(problem('refresh', `Le rafraîchissement se compte en secondes, ${MIN_REFRESH_SECONDS} au moins : ${MIN_REFRESH_SECONDS} est utilisé.`, this.refresh));
    }
    if (this.max !== undefined && !(Number.isInteger(this.max) && this.max >= 1)) {
      problems.push(problem('max', 'Le nombre d’avis affichés doit être un entier positif : tous les avis sont affichés.', this.max));
    }
    problems.push(...readHeadingLevel(this.headingLevel, 2).problems);
    return problems;
  }

  private maxShown(): number {
    return this.max !== undefined && Number.isInteger(this.max) && this.max >= 1 ? this.max : Infinity;
  }

  private scheduleRefresh(): void {
    if (this.refresh === undefined || !this.isConnected) {
      this.refreshTimer.cancel();
      return;
    }
    const seconds = Number.isFinite(this.refresh) ? Math.max(MIN_REFRESH_SECONDS, this.refresh) : MIN_REFRESH_SECONDS;
    this.refreshTimer.wakeAt(this.clock.now() + seconds * 1000);
  }

  private scheduleChange(): void {
    this.changeTimer.wakeAt(this.isConnected ? nextChange(this.list, this.clock.now()) : undefined);
  }

  /** After the first read, says once which notices have just appeared, in one live region. */
  private announceNewcomers(): void {
    const seen = this.seen;
    if (seen === undefined) return;
    const newcomers = this.shownNotices.filter((notice) => !seen.has(notice.id));
    if (newcomers.length === 0) return;
    newcomers.forEach((notice) => seen.add(notice.id));
    const locale = this.locale.value;
    const strings = noticeStrings[locale];
    const text = `${noticeFeedStrings[locale].newNotices(newcomers.length)}. ${newcomers
      .map((notice) => strings.announce(strings.levels[notice.level], notice.heading))
      .join('. ')}.`;
    this.announcer.announce(text, newcomers.some((notice) => notice.level === 'alert') ? 'assertive' : 'polite');
  }

  /**
   * The notice a person was on is dismissed or expires: focus goes to the next notice still shown
   * (the previous one after the last), else to the feed, and a short sentence says what happened.
   */
  private onNoticeGone(event: Event): void {
    const gone = event.target;
    if (!(gone instanceof LoosNotice) || !hasFocusWithin(gone)) return;
    const all = [...this.renderRoot.querySelectorAll('loos-notice')];
    const index = all.indexOf(gone);
    const candidates = [...all.slice(index + 1), ...all.slice(0, index).reverse()];
    const why = event.type === 'loos-dismiss' ? 'dismissed' : 'expired';
    // The focus code comes with the first notice gone; the notice and the feed re-render meanwhile.
    void Promise.all([import('./focus-after-gone.js'), this.updateComplete, gone.updateComplete]).then(([{ focusAfterGone }]) => {
      focusAfterGone(this, this.renderRoot, candidates);
      this.announcer.announce(noticeStrings[this.locale.value].gone[why]);
    });
  }

  protected override render() {
    const shown = this.shownNotices;
    return html`
      ${shown.length === 0 ? nothing : html`<div class="list" part="list" @loos-dismiss=${this.onNoticeGone} @loos-expire=${this.onNoticeGone}>${repeat(shown, (notice) => notice.id, (notice) => this.renderNotice(notice))}</div>`}
      ${this.renderStatus(shown.length)}
      ${this.announcer.regions()}
    `;
  }

  private renderNotice(notice: Notice) {
    const json = noticeToJson(notice);
    const headingLevel = readHeadingLevel(this.headingLevel, 2).level;
    const dismissible = this.dismissible && notice.level !== 'alert';
    // The checked view is what the notice renders. The attributes (checked values too) make the
    // server-rendered markup readable and let the notice hydrate before the view reaches it.
    // `lang` passes the feed's language on: the notices sit in its shadow root, which `lang` does not cross.
    return html`<loos-notice
      lang=${this.locale.value}
      level=${notice.level}
      heading=${notice.heading}
      notice-id=${notice.id}
      published=${json.published ?? nothing}
      expires=${json.expires ?? nothing}
      href=${notice.href ?? nothing}
      link-label=${notice.linkLabel ?? nothing}
      source=${notice.source ?? nothing}
      area=${notice.area ?? nothing}
      heading-level=${headingLevel}
      ?dismissible=${dismissible}
      announce="off"
      .clock=${this.clock}
      .view=${this.viewOf(notice, headingLevel, dismissible)}
      ><p class="message" lang=${notice.lang === undefined ? nothing : (partLang(this.locale.value, notice.lang) ?? nothing)}>${notice.message}</p></loos-notice
    >`;
  }

  /** The same view object for an unchanged notice, so that re-sorting does not re-render every notice. */
  private viewOf(notice: Notice, headingLevel: HeadingLevel, dismissible: boolean): NoticeView {
    const cached = this.views.get(notice);
    if (cached?.headingLevel === headingLevel && cached.dismissible === dismissible) return cached;
    const view = noticeViewOf(notice, { headingLevel, dismissible });
    this.views.set(notice, view);
    return view;
  }

  private renderStatus(count: number) {
    const locale = this.locale.value;
    const strings = noticeFeedStrings[locale];
    const lines: { kind: string; text: string }[] = [];
    if (this.state === 'loading' && count === 0) lines.push({ kind: 'loading', text: strings.loading });
    if (this.state === 'error') lines.push({ kind: 'error', text: strings.error });
    if (this.state === 'stale' && this.savedAt !== undefined) {
      lines.push({ kind: 'stale', text: strings.stale(formatNoticeDate(this.savedAt, false, locale)) });
    }
    if (this.state === 'ready' && count === 0) lines.push({ kind: 'empty', text: strings.empty });
    if (this.state !== 'error' && this.skipped > 0) lines.push({ kind: 'skipped', text: strings.skipped(this.skipped) });
    const statusLines = lines.map((line) => html`<p class="status" part="status" data-kind=${line.kind}>${line.text}</p>`);
    // Nothing to show yet (or ever): the page's own words stand in, e.g. a link to every notice.
    return (this.state === 'loading' || this.state === 'error') && count === 0 ? html`${statusLines}<slot></slot>` : statusLines;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'loos-notice-feed': LoosNoticeFeed;
  }
}

defineElement('loos-notice-feed', LoosNoticeFeed);
