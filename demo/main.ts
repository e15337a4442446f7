// The demo runs the library from source, exactly as the bundles register it.
import '../src/define.js';
