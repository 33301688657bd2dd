// Main-process entry: everything happens in startApp(), which tests drive with a mocked electron.
import { startApp } from './lifecycle';

startApp();
