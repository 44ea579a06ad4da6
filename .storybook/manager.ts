// The catalogue's frame (sidebar, toolbar, tab): the city's, not Storybook's.
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';
import { managerThemeOptions, tabTitle } from './brand.js';

addons.setConfig({ theme: create(managerThemeOptions()) });

function renameTab(): void {
  const wanted = tabTitle(document.title);
  if (document.title !== wanted) document.title = wanted;
}
renameTab();
new MutationObserver(renameTab).observe(document.head, { subtree: true, childList: true, characterData: true });
