/**
 * Attribute converters every element shares, so that an attribute means the same everywhere.
 * Elements keep what the author wrote and check it in `lib/` (which reports the value as written:
 * `heading-level="abc"` is reported as « abc », not as « NaN »).
 */
import type { PropertyDeclaration } from 'lit';

/** The attribute's text as written; a removed attribute becomes `undefined`. */
export const asWritten = {
  fromAttribute: (value: string | null): string | undefined => value ?? undefined,
};

/** `heading-level`: 2 to 6, checked by `readHeadingLevel`. The property also takes a number. */
export const headingLevelProperty: PropertyDeclaration = { attribute: 'heading-level', converter: asWritten };

/**
 * A reflected text attribute whose property may be set from script to anything: only a text is
 * written back to the attribute (a symbol would make the update throw); the element reports the rest.
 */
export const textOnlyReflection = {
  fromAttribute: (value: string | null): string | undefined => value ?? undefined,
  toAttribute: (value: unknown): string | null => (typeof value === 'string' ? value : null),
};
