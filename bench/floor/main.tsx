// The floor the console is compared with, built with the console's Vite config. Bare, it is React and nothing
// else, showing what the startup figure waits for (the Navigation tabs, a New button, a Protection groups grid,
// an Alerts grid). With ?controls it loads the floor of Select Group Members (controls.tsx): the same React
// and Fluent controls, doing nothing else.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

const TABS = ['Monitoring', 'Protection', 'Recovery', 'Reporting', 'Management']

function FloorStart() {
  return (
    <>
      <div role="tablist" aria-label="Navigation">
        {TABS.map((tab) => (
          <button key={tab} type="button" role="tab" aria-selected={tab === 'Protection'}>
            {tab}
          </button>
        ))}
      </div>
      <main>
        <div role="toolbar" aria-label="Protection actions">
          <button type="button">New</button>
        </div>
        <div role="treegrid" aria-label="Protection groups" />
      </main>
    </>
  )
}

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('The page has no #root element.')
const root = createRoot(rootElement)
if (new URLSearchParams(window.location.search).has('controls')) {
  void import('./controls').then(({ FloorControls }) =>
    root.render(
      <StrictMode>
        <FloorControls />
      </StrictMode>,
    ),
  )
} else {
  root.render(
    <StrictMode>
      <FloorStart />
    </StrictMode>,
  )
}
