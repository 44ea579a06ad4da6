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
 * @csspart heading - The group heading.
 * @csspart list - The grid of tiles (a list).
 * @csspart tile - Each tile (a link).
 * @csspart icon - Each pictogram.
 * @csspart all - The « Toutes les démarches » link.
 *
 * @cssprop --loos-service-tiles-min - Minimum tile width before the grid wraps (default: 14rem).
 * @cssprop --loos-service-tiles-background - Tile background (default: raised surface).
 * @cssprop --loos-service-tiles-icon - Pictogram colour (default: action colour).
 *
 * @fires loos-invalid - When a tile, a link or the JSON cannot be used (label, href, icon…).
 */
export class LoosServiceTiles extends LitElement {
  static override styles = [sharedStyles, serviceTilesStyles];

  /** The tiles as objects `{ label, href, description?, icon? }`, or `{ heading, allHref, allLabel, tiles }`. Property only. */
  @property({ attribute: false }) tiles?: unknown;
  /** The group heading (« Démarches les plus demandées »); default: the heading written inside the element. */
  @property() heading?: string;
  /** Address of the page listing every démarche. Attribute: `all-href`. */
  @property({ attribute: 'all-href' }) allHref?: string;
  /** Text of that link; « Toutes les démarches » by default. Attribute: `all-label`. */
  @property({ attribute: 'all-label' }) allLabel?: string;
  /** Level of the heading in the page outline (2 to 6). Attribute: `heading-level`. */
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
