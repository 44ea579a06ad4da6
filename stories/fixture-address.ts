/**
 * The address of a file the catalogue serves next to its pages (`.storybook/main.ts`, `staticDirs`),
 * relative to where the catalogue is hosted: `./tests/fixtures/…` in the built catalogue (whose
 * base is `./`), so that it works from any sub-folder (« https://ville.example/design/ »), and
 * `/tests/fixtures/…` in the development server and the story tests. An imported file would
 * instead become a `data:` address, which the elements refuse.
 */
export function fixtureAddress(path: string): string {
  return `${import.meta.env.BASE_URL}tests/fixtures/${path}`;
}
