import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// index.html holds a message for browsers that cannot start the app (e.g. opened from file://).
target.replaceChildren();

export default mount(App, { target });
