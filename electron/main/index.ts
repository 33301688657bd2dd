// PLACEHOLDER: the hardened shell is built in the desktop-app work.
import { app, BrowserWindow } from 'electron';

app.whenReady().then(() => {
  new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
});
