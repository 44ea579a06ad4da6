import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { headingLevelProperty } from '../../lib/attributes.js';
import { defineElement } from '../../lib/define.js';
import { readHeadingLevel, type HeadingLevel } from '../../lib/heading-level.js';
import { headingTemplate } from '../../lib/heading-template.js';
import type { InputProblem } from '../../lib/invalid.js';
import { readJsonChild } from '../../lib/services/fields.js';
import { readServiceTiles, tilesFromHtml, type ServiceTiles, type ServiceTilesInput } from '../../lib/services/tiles.js';
import { serviceTilesStrings } from '../../lib/strings/services.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { isTileIcon, TILE_ICONS } from './icons.js';
import { serviceTilesStyles } from './service-tiles.styles.js';

const INPUTS = ['tiles', 'heading', 'allHref', 'allLabel', 'headingLevel'] as const;

/**
 * The most used démarches as tiles: a pictogram, a label and an optional description, each tile
 * one link (a target of at least 44 × 44 px), in a grid that goes from one column on a phone to
 * several on a wide screen, with a group heading and a « Toutes les démarches » link.
 *
 * Write the tiles as a list of links inside the element — the page works without JavaScript — or
 * give them as the `tiles` property or a `<script type="application/json">` child
 * (`{ "heading", "allHref", "tiles": [{ "label", "href", "description", "icon" }] }`).
 *
 * @tagname loos-service-tiles
 * @summary Tuiles des démarches les plus demandées : pictogramme, libellé, description, un lien par tuile.
 *
 * @csspart heading - Le titre du groupe.
 * @csspart list - La grille des tuiles (une liste).
 * @csspart tile - Chaque tuile (un lien).
 * @csspart icon - Chaque pictogramme.
 * @csspart all - Le lien « Toutes les démarches ».
 *
 * @cssprop --loos-service-tiles-min - Largeur minimale d'une tuile avant que la grille passe à la ligne (par défaut : 14rem).
 * @cssprop --loos-service-tiles-background - Fond des tuiles (par défaut : la surface surélevée).
 * @cssprop --loos-service-tiles-icon - Couleur des pictogrammes (par défaut : la couleur d'action).
 *
 * @fires loos-invalid - Quand une tuile, un lien ou le JSON ne peut pas être utilisé (libellé, lien, pictogramme…).
 */
export class LoosServiceTiles extends LitElement {
  static override styles = [sharedStyles, serviceTilesStyles];

  /** Les tuiles en objets `{ label, href, description?, icon? }`, ou `{ heading, allHref, allLabel, tiles }`. Propriété seulement, sans attribut. */
  @property({ attribute: false }) tiles?: unknown;
  /** Le titre du groupe (« Démarches les plus demandées ») ; par défaut, le titre écrit dans l'élément. */
  @property() heading?: string;
  /** Adresse de la page qui liste toutes les démarches. Attribut : `all-href`. */
  @property({ attribute: 'all-href' }) allHref?: string;
  /** Texte de ce lien ; « Toutes les démarches » par défaut. Attribut : `all-label`. */
  @property({ attribute: 'all-label' }) allLabel?: string;
  /** Niveau du titre dans le plan de la page (de 2 à 6). Attribut : `heading-level`. */
  @property(headingLevelProperty) headingLevel?: string | number;

  private view: ServiceTiles = { tiles: [] };
  private level: HeadingLevel = 2;
  private childProblems: InputProblem[] = [];
  private fromPage?: unknown;
  private readonly locale = new LocaleController(this);
  private readonly invalid = new InvalidController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) return;
    const json = readJsonChild(this);
    this.fromPage = json.data ?? tilesFromHtml(this);
    this.childProblems = json.problems;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && !INPUTS.some((name) => changed.has(name))) return;
    // A list of tiles alone is accepted from the property and from the JSON child alike.
    const source = this.tiles ?? this.fromPage;
    const base = (Array.isArray(source) ? { tiles: source } : source ?? {}) as ServiceTilesInput;
    const { tiles, problems } = readServiceTiles({
      ...base,
      heading: this.heading ?? base.heading,
      allHref: this.allHref ?? base.allHref,
      allLabel: this.allLabel ?? base.allLabel,
    });
    const heading = readHeadingLevel(this.headingLevel, 2);
    this.view = tiles;
    this.level = heading.level;
    this.invalid.problems = [...this.childProblems, ...problems, ...heading.problems];
  }

  protected override render() {
    const { heading, tiles, allHref, allLabel } = this.view;
    return html`<section aria-labelledby=${heading === undefined ? nothing : 'heading'}>
      ${heading === undefined ? nothing : headingTemplate(this.level, heading, { id: 'heading', part: 'heading' })}
      <ul part="list">
        ${tiles.map(
          (tile) => html`<li>
            <a part="tile" href=${tile.href}
              ><svg part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${TILE_ICONS[isTileIcon(tile.icon) ? tile.icon : 'demarche']}></path></svg
              ><span class="label">${tile.label}</span>${tile.description === undefined ? nothing : html`<span class="description">${tile.description}</span>`}</a
            >
          </li>`,
        )}
      </ul>
      ${allHref === undefined ? nothing : html`<p><a part="all" href=${allHref}>${allLabel ?? serviceTilesStrings[this.locale.value].all}</a></p>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-service-tiles': LoosServiceTiles;
  }
}

defineElement('loos-service-tiles', LoosServiceTiles);
