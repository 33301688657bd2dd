// PLACEHOLDER: exposes the typed API object in the desktop-app work.
export {};
