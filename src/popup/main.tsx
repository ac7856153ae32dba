import { render } from 'preact';
import { browserPlatform } from '../platform/browser';
import { targetTab } from './page-state';
import { Popup } from './Popup';
import './popup.css';

const platform = browserPlatform();
document.documentElement.lang = platform.i18n.uiLanguage();
document.title = platform.i18n.message('extName');
const getTab = () => targetTab(platform, location.search);
render(<Popup platform={platform} getTab={getTab} />, document.getElementById('app')!);
