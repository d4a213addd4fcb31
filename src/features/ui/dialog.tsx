// The console's dialogs: Fluent's Dialog and DialogSurface without their open and close motion. DPM's dialogs
// appear at once; and Fluent's motion leaves its finished Web Animations filled on the surface and the
// backdrop, which keeps an open dialog in a compositing pass of its own: every frame composites it again
// (some 20 ms a frame in headless Chromium's software compositor), and each click or keystroke in a wizard
// waits for that frame (docs/performance.md, twelfth pass). Fluent styles the surface as its motion's last
// frame when the motion is left out.
// biome-ignore-all lint/style/noRestrictedImports: the one module that wraps them; the rest imports these.
import {
  type DialogProps,
  type DialogSurfaceProps,
  Dialog as FluentDialog,
  DialogSurface as FluentDialogSurface,
} from '@fluentui/react-components'

export function Dialog(props: DialogProps) {
  return <FluentDialog surfaceMotion={null} {...props} />
}

export function DialogSurface(props: DialogSurfaceProps) {
  return <FluentDialogSurface backdropMotion={null} {...props} />
}
