/**
 * The shadow root of a light-DOM enhancer (frame and form elements) holds a `<slot>` and, at
 * most, live regions: everything a person sees is in the page, styled by `forms.css`. So these
 * elements carry this small sheet instead of `sharedStyles`, which styles rendered content.
 */
import { css } from 'lit';

export const enhancerStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
