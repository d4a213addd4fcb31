// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { expect, it } from 'vitest'
import { type TabChoice, Tabs } from './tabs'

type View = 'alerts' | 'jobs' | 'agents'
const TABS: TabChoice<View>[] = [
  { value: 'alerts', label: 'Alerts', adornment: <span aria-hidden="true">3</span> },
  { value: 'jobs', label: 'Jobs' },
  { value: 'agents', label: 'Agents' },
]

function Harness({ orientation }: { orientation: 'horizontal' | 'vertical' }) {
  const [selected, setSelected] = useState<View>('alerts')
  return (
    <>
      <Tabs
        label="Views"
        orientation={orientation}
        tabs={TABS}
        selected={selected}
        onSelect={setSelected}
        tabId={(value) => `tab-${value}`}
        panelId="panel"
      />
      <div id="panel" role="tabpanel" aria-labelledby={`tab-${selected}`} />
    </>
  )
}

const selectedTab = () => screen.getByRole('tab', { selected: true })
const tabNamed = (name: string) => screen.getByRole('tab', { name })

it('is one tab stop: the selected tab, which names the panel it controls', () => {
  render(<Harness orientation="horizontal" />)
  expect(screen.getByRole('tablist', { name: 'Views' }).getAttribute('aria-orientation')).toBe('horizontal')
  expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([0, -1, -1])
  expect(selectedTab()).toBe(tabNamed('Alerts'))
  expect(selectedTab().getAttribute('aria-controls')).toBe('panel')
  expect(screen.getByRole('tabpanel', { name: 'Alerts' })).toBeTruthy()
})

it('across the top: Left/Right (and Home/End) move and select, wrapping around; a click selects', async () => {
  const user = userEvent.setup()
  render(<Harness orientation="horizontal" />)
  await user.tab()
  await user.keyboard('{ArrowRight}')
  expect(selectedTab()).toBe(tabNamed('Jobs'))
  expect(document.activeElement).toBe(selectedTab())
  await user.keyboard('{ArrowDown}')
  expect(selectedTab()).toBe(tabNamed('Jobs'))
  await user.keyboard('{End}')
  expect(selectedTab()).toBe(tabNamed('Agents'))
  await user.keyboard('{ArrowRight}')
  expect(selectedTab()).toBe(tabNamed('Alerts'))
  await user.keyboard('{ArrowLeft}')
  expect(selectedTab()).toBe(tabNamed('Agents'))
  await user.keyboard('{Home}')
  expect(document.activeElement).toBe(selectedTab())
  expect(selectedTab()).toBe(tabNamed('Alerts'))
  await user.click(screen.getByRole('tab', { name: 'Jobs' }))
  expect(selectedTab()).toBe(tabNamed('Jobs'))
})

it('down a navigation pane: Up/Down move and select, Left/Right do nothing', async () => {
  const user = userEvent.setup()
  render(<Harness orientation="vertical" />)
  await user.tab()
  await user.keyboard('{ArrowDown}')
  expect(selectedTab()).toBe(tabNamed('Jobs'))
  await user.keyboard('{ArrowRight}')
  expect(selectedTab()).toBe(tabNamed('Jobs'))
  await user.keyboard('{ArrowUp}{ArrowUp}')
  expect(selectedTab()).toBe(tabNamed('Agents'))
})
