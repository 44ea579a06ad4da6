import { html, LitElement, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LoosToggleEvent } from '../../events/toggle.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { loadLocale } from '../../lib/strings/locales.js';
import { defineElement } from '../../lib/define.js';
import { DEFAULT_DOMAIN, DEFAULT_ORGANISATION, officialBannerModel, type OfficialBannerModel } from '../../lib/official-banner.js';
import { officialBannerStrings } from '../../lib/strings/official-banner.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { officialBannerStyles } from './official-banner.styles.js';

const emblem = svg`<path fill="currentColor" d="M12 1 3 5v6c0 5.5 3.8 10.7 9 12 5.2-1.3 9-6.5 9-12V5l-9-4Zm0 2.2 7 3.1V11c0 4.4-2.9 8.6-7 9.9-4.1-1.3-7-5.5-7-9.9V6.3l7-3.1Z"/><path fill="currentColor" d="M11 7h2v4h4v2h-4v4h-2v-4H7v-2h4V7Z"/>`;
const chevron = svg`<path fill="currentColor" d="M2 5.5 3.4 4 8 8.6 12.6 4 14 5.5l-6 6-6-6Z"/>`;
const addressIcon = svg`<path fill="currentColor" d="M3 4h26a2 2 0 0 1 2 2v20a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Zm0 2v4h26V6H3Zm0 6v14h26V12H3Zm3-4.5a1 1 0 1 0 0-.01ZM6 15h14v2H6v-2Zm0 4h10v2H6v-2Z"/>`;
const padlockIcon = svg`<path fill="currentColor" d="M16 2a7 7 0 0 0-7 7v4H7a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2h18a2 2 0 0 0 2-2V15a2 2 0 0 0-2-2h-2V9a7 7 0 0 0-7-7Zm-5 7a5 5 0 0 1 10 0v4H11V9Zm5 8a2.5 2.5 0 0 1 1 4.8V25h-2v-3.2A2.5 2.5 0 0 1 16 17Z"/>`;
const envelopeIcon = svg`<path fill="currentColor" d="M3 6h26a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2Zm0 2.4V24h26V8.4L16 17 3 8.4ZM5.4 8 16 15 26.6 8H5.4Z"/>`;

/**
 * The strip at the very top of every page of a city site that says the site is official,
 * with a button that explains how to check it (address, secure connection, never a password
 * by e-mail). Put the sentence in the light DOM so it reads without JavaScript.
 *
 * @tagname loos-official-banner
 * @summary Bandeau « Site officiel » : dit que le site est officiel et explique comment le vérifier.
 *
 * @slot - La phrase du bandeau, par exemple `<p>Site officiel de la Ville de Loos</p>` ; si elle est vide, l'élément l'écrit à partir d'`organisation`.
 *
 * @csspart strip - La ligne toujours visible.
 * @csspart button - Le bouton « Comment le vérifier ? ».
 * @csspart explanation - Le panneau qu'ouvre le bouton.
 *
 * @cssprop --loos-official-banner-background - Fond du bandeau (par défaut : la surface en retrait).
 * @cssprop --loos-official-banner-text - Couleur du texte (par défaut : celle du texte courant).
 * @cssprop --loos-official-banner-accent - Couleur de l'emblème et des pictogrammes (par défaut : le jeton d'accent des icônes, contraste 3:1 sur les fonds de chaque thème).
 * @cssprop --loos-official-banner-max-width - Largeur du contenu, pour l'aligner sur la grille de la page (par défaut : 80rem).
 *
 * @fires loos-invalid - Quand `organisation` est vide ou que `domain` n'est pas un nom de domaine ; le détail liste les problèmes.
 * @fires loos-toggle - Quand l'explication s'ouvre ou se ferme ; `detail.expanded` dit laquelle des deux.
 */
export class LoosOfficialBanner extends LitElement {
  static override styles = [sharedStyles, officialBannerStyles];

  /** Nom de l'organisation qui publie le site, tel qu'il se lit après « Site officiel de la ». */
  @property() organisation = DEFAULT_ORGANISATION;

  /** Domaine par lequel se termine toute adresse officielle. Une valeur qui n'est pas un nom de domaine n'est pas affichée. */
  @property() domain = DEFAULT_DOMAIN;

  /** Vrai quand l'explication est ouverte. Fermée par défaut. */
  @property({ type: Boolean, reflect: true }) expanded = false;


  private model: OfficialBannerModel = officialBannerModel({ organisation: DEFAULT_ORGANISATION, domain: DEFAULT_DOMAIN });
  private readonly locale = new LocaleController(this, loadLocale);
  private readonly invalid = new InvalidController(this);
  /** The locale the model's messages were written in: a change of `lang` writes them again. */
  private modelLocale?: string;

  /** Also waits for the words of an English context, loaded on demand. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.locale.loading;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('organisation') || changed.has('domain') || this.modelLocale !== this.locale.value) {
      this.model = officialBannerModel({ organisation: this.organisation, domain: this.domain }, this.locale.value);
      this.modelLocale = this.locale.value;
      this.invalid.problems = this.model.problems;
    }
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    this.dispatchEvent(new LoosToggleEvent({ expanded: this.expanded }));
  }

  private onKeydown(event: KeyboardEvent): void {
    // Escape closes the explanation and puts focus back on its button, as a disclosure should.
    if (event.key === 'Escape' && this.expanded) {
      event.stopPropagation();
      this.toggle();
      this.renderRoot.querySelector('button')?.focus();
    }
  }

  protected override render() {
    const strings = officialBannerStrings[this.locale.value];
    const { organisation, domain } = this.model;
    return html`
      <div class="strip" part="strip" @keydown=${this.onKeydown}>
        <svg class="emblem" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${emblem}</svg>
        <div class="label"><slot>${strings.officialSite(organisation)}</slot></div>
        <button
          type="button"
          part="button"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="explanation"
          @click=${this.toggle}
        >
          ${strings.howToCheck}
          <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${chevron}</svg>
        </button>
      </div>
      <section
        id="explanation"
        class="explanation"
        part="explanation"
        aria-label=${strings.explanationLabel}
        ?hidden=${!this.expanded}
        @keydown=${this.onKeydown}
      >
        <ul class="points">
          ${this.renderPoint(
            addressIcon,
            strings.domainTitle,
            domain === undefined ? strings.domainTextUnknown(organisation) : strings.domainText(domain, organisation),
          )}
          ${this.renderPoint(padlockIcon, strings.httpsTitle, strings.httpsText)}
          ${this.renderPoint(envelopeIcon, strings.neverAskTitle, strings.neverAskText(organisation))}
        </ul>
      </section>
    `;
  }

  private renderPoint(icon: ReturnType<typeof svg>, title: string, text: string) {
    return html`<li class="point">
      <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">${icon}</svg>
      <div>
        <strong class="point-title">${title}</strong>
        <p class="point-text">${text}</p>
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-official-banner': LoosOfficialBanner;
  }
}

export { LoosToggleEvent };

defineElement('loos-official-banner', LoosOfficialBanner);
