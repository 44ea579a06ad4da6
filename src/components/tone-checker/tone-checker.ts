import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { LoosToneCheckEvent, type ToneCheckDetail } from '../../events/tone-check.js';
import { defineElement } from '../../lib/define.js';
import { previewValue, problem, type InputProblem } from '../../lib/invalid.js';
import { readToneInputs } from '../../lib/tone-inputs.js';
import { toneStrings, type ToneStrings } from '../../lib/strings/tone.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { analyse, CHANNEL_IDS, channelLength, isChannelId, type Analysis, type ChannelId, type Finding, type ToneConfig } from '../../tone/index.js';
import { toneCheckerStyles } from './tone-checker.styles.js';

/** Values of `profile`: `falc` applies the « facile à lire et à comprendre » thresholds. */
export const TONE_PROFILES = ['standard', 'falc'] as const;
export type ToneProfile = (typeof TONE_PROFILES)[number];

/** Delay before the counter is announced: after a pause in typing, not at every keystroke. */
const ANNOUNCE_DELAY_MS = 1200;
/**
 * What is analysed live: the analysis takes time in proportion to the text (tens of milliseconds
 * per 10,000 characters here), and it runs at each pause in typing and during server rendering.
 * Beyond this, the start is checked and the checker says so.
 */
export const MAX_LIVE_LENGTH = 20_000;

/** Delay before a new analysis while typing (a long text takes a few milliseconds). */
const ANALYSE_DELAY_MS = 120;

/**
 * A writing aid for communication staff: type or paste a draft, pick the channel, and read the
 * findings of the city's tone-of-voice linter (`@ville-de-loos/ui/tone`) as you type. Each
 * finding is a button that selects the passage in the text. The check runs in the browser:
 * nothing is sent anywhere.
 *
 * @tagname loos-tone-checker
 * @summary Vérificateur de ton : remarques sur un brouillon selon le canal, compteur de caractères et de SMS, lisibilité.
 *
 * @csspart textarea - La zone de texte.
 * @csspart findings - La liste des remarques.
 * @csspart finding - Chaque bouton de remarque.
 *
 * @cssprop --loos-tone-checker-surface - Fond d'une remarque (par défaut : la surface surélevée).
 * @cssprop --loos-tone-checker-border - Bordure des champs (par défaut : la bordure marquée).
 * @cssprop --loos-tone-checker-error - Repère d'une erreur (par défaut : la bordure des avis d'alerte).
 * @cssprop --loos-tone-checker-warning - Repère d'un avertissement (par défaut : la bordure des avis de vigilance).
 * @cssprop --loos-tone-checker-info - Repère d'un conseil (par défaut : la bordure des avis d'information).
 *
 * @fires loos-tone-check - Après chaque analyse ; `detail.findings` et `detail.score`.
 * @fires loos-invalid - Quand `channel` n'est pas un canal connu.
 */
export class LoosToneChecker extends LitElement {
  static override styles = [sharedStyles, fieldStyles, toneCheckerStyles];

  /** Le texte à vérifier. Mis à jour pendant la saisie. */
  @property() value = '';

  /** Canal : `web`, `notice` (avis), `event` (événement), `newsletter`, `facebook`, `instagram`, `x`, `linkedin`, `sms`, `push` (notification), `press` (presse). */
  @property() channel = 'web';

  /** `falc` applique les seuils « facile à lire et à comprendre ». */
  @property() profile: ToneProfile = 'standard';

  /** Configuration supplémentaire, comme dans `.loostonerc.json` (règles, dictionnaires, choix d'écriture inclusive). */
  @property({ attribute: false }) config: ToneConfig = {};

  @state() private analysis?: Analysis;

  @query('textarea') private textarea?: HTMLTextAreaElement;

  private readonly locale = new LocaleController(this);
  private readonly invalid = new InvalidController(this);
  private readonly announcer = new AnnouncerController(this);
  private analyseTimer: ReturnType<typeof setTimeout> | undefined;
  /** The text analysed: `value` once checked to be a text. */
  private text = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.analyseTimer);
  }

  private get channelId(): ChannelId {
    return isChannelId(this.channel) ? this.channel : 'web';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = changed.has('value') || changed.has('channel') || changed.has('profile') || changed.has('config') || this.analysis === undefined;
    if (!inputs) return;
    // While typing, `onInput` debounces the analysis; programmatic changes are analysed at once.
    if (this.analyseTimer !== undefined && !changed.has('channel') && !changed.has('profile') && !changed.has('config')) return;
    this.runAnalysis();
  }

  private runAnalysis(): void {
    const problems: InputProblem[] = [];
    const { text, config: given } = readToneInputs(this.value, this.config, problems);
    this.text = text;
    const config: ToneConfig = { ...given, profile: this.profile === 'falc' ? 'falc' : (given.profile ?? 'standard') };
    const analysis = analyse(liveExtract(text), { channel: this.channelId, config });
    // The counter counts the whole text, even when only its start is checked.
    this.analysis = text.length > MAX_LIVE_LENGTH ? { ...analysis, length: channelLength(text, analysis.channel, []) } : analysis;
    const strings = toneStrings[this.locale.value];
    if (!isChannelId(this.channel)) problems.push(problem('channel', strings.invalidChannel(previewValue(this.channel)), this.channel));
    this.invalid.problems = problems;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('analysis') && this.analysis !== undefined) {
      this.dispatchEvent(new LoosToneCheckEvent({ findings: this.analysis.findings, score: this.analysis.readability.score }));
    }
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.analyseTimer);
    this.analyseTimer = setTimeout(() => {
      this.analyseTimer = undefined;
      this.runAnalysis();
    }, ANALYSE_DELAY_MS);
    this.scheduleAnnouncement();
  }

  private onChannel(event: Event): void {
    this.channel = (event.target as HTMLSelectElement).value;
    this.scheduleAnnouncement();
  }

  private onProfile(event: Event): void {
    this.profile = (event.target as HTMLInputElement).checked ? 'falc' : 'standard';
    this.scheduleAnnouncement();
  }

  /** The counter is announced once the person pauses, never at each keystroke. */
  private scheduleAnnouncement(): void {
    // Written when it is said, from the analysis of that moment.
    this.announcer.announce(() => {
      const strings = toneStrings[this.locale.value];
      return strings.announce(this.analysis?.findings.length ?? 0, this.counterText(strings));
    }, 'polite', ANNOUNCE_DELAY_MS);
  }

  /** Focuses the text area and selects the passage a finding is about. */
  selectFinding(finding: Pick<Finding, 'start' | 'end'>): void {
    const area = this.textarea;
    if (area === undefined) return;
    area.focus();
    area.setSelectionRange(finding.start, Math.max(finding.start, finding.end));
  }

  private counterText(strings: ToneStrings): string {
    const length = this.analysis?.length;
    if (length === undefined) return '';
    if (length.segments !== undefined) {
      return `${strings.characters(length.length, undefined, this.locale.value === 'fr' ? 'caractères' : 'characters')} · ${strings.sms(length.segments, length.encoding ?? 'GSM-7', length.max ?? 160)}`;
    }
    const unit = this.locale.value === 'fr' ? length.unit : length.unit === 'caractères pondérés' ? 'weighted characters' : 'characters';
    const base = strings.characters(length.length, length.max, unit);
    return this.channelId === 'x' ? `${base} (${strings.xNote})` : base;
  }

  private renderFinding(finding: Finding, strings: ToneStrings) {
    const excerpt = this.text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
    const short = excerpt.length > 60 ? `${excerpt.slice(0, 59)}…` : excerpt;
    // The suggestion is one text node: Chromium drops a space standing alone between two parts
    // from the button's name (« Proposition :fermer »).
    return html`<li>
      <button type="button" class="finding ${finding.severity}" part="finding" data-rule=${finding.rule} @click=${() => { this.selectFinding(finding); }}>
        <span><span class="severity">${strings.severities[finding.severity]}</span> — ${finding.message}</span>
        ${short === '' ? nothing : html`<span class="excerpt">« ${short} »</span>`}
        ${finding.suggestion === undefined ? nothing : html`<span class="suggestion">${`${strings.suggestion} ${finding.suggestion}`}</span>`}
      </button>
    </li>`;
  }

  protected override render() {
    const strings = toneStrings[this.locale.value];
    const analysis = this.analysis;
    const findings = analysis?.findings ?? [];
    const readability = analysis?.readability;
    const length = analysis?.length;
    const over = length?.max !== undefined && length.segments === undefined && length.length > length.max;
    return html`
      <div class="controls">
        <div class="field">
          <label for="channel">${strings.channelLabel}</label>
          <select id="channel" .value=${this.channelId} @change=${this.onChannel}>
            ${CHANNEL_IDS.map((id) => html`<option value=${id} ?selected=${id === this.channelId}>${strings.channels[id]}</option>`)}
          </select>
        </div>
        <div class="check">
          <input id="falc" type="checkbox" .checked=${this.profile === 'falc'} @change=${this.onProfile} />
          <label for="falc">${strings.profileLabel}</label>
        </div>
      </div>
      <label for="text">${strings.textLabel}</label>
      <p id="help" class="help">${strings.textHelp}</p>
      ${this.text.length > MAX_LIVE_LENGTH ? html`<p class="help" part="limit">${strings.liveLimit(new Intl.NumberFormat(this.locale.value).format(MAX_LIVE_LENGTH))}</p>` : nothing}
      <textarea id="text" part="textarea" spellcheck="true" lang="fr" aria-describedby="help counter score" .value=${this.text} @input=${this.onInput}></textarea>
      <div class="stats">
        <p id="counter" class=${over ? 'over' : ''}>${this.counterText(strings)}</p>
        <p id="score">${readability?.score == null || readability.band === null ? strings.readabilityNone : strings.readability(strings.bands[readability.band], readability.score)}</p>
      </div>
      ${this.announcer.regions()}
      <p id="findings-title" class="title">${strings.findingsTitle(findings.length)}</p>
      ${findings.length === 0
        ? html`<p class="empty">${this.text.trim() === '' ? strings.emptyText : strings.noFindings}</p>`
        : html`<ul part="findings" aria-labelledby="findings-title">${findings.map((f) => this.renderFinding(f, strings))}</ul>`}
    `;
  }
}

/** The start of a text, up to MAX_LIVE_LENGTH, never cutting a surrogate pair in two. */
function liveExtract(text: string): string {
  if (text.length <= MAX_LIVE_LENGTH) return text;
  const code = text.charCodeAt(MAX_LIVE_LENGTH - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_LIVE_LENGTH - 1 : MAX_LIVE_LENGTH);
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-tone-checker': LoosToneChecker;
  }
}

export { LoosToneCheckEvent, type ToneCheckDetail };

defineElement('loos-tone-checker', LoosToneChecker);
