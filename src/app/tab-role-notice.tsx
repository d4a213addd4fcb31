// Tells a tab that follows another one that it is read-only, with the way to make changes here.
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { useStore } from 'zustand'
import { READ_ONLY_TAB_MESSAGE, writeFromThisTab } from '../browser-storage/tab-writer'
import { tabRoleStore } from '../dpm/tab-leadership'

const useStyles = makeStyles({
  notice: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
})

export function TabRoleNotice() {
  const styles = useStyles()
  const role = useStore(tabRoleStore, (state) => state.role)
  if (role === 'writer') return null
  return (
    <span role="status" className={styles.notice}>
      <Text size={200}>{READ_ONLY_TAB_MESSAGE}</Text>
      <Button size="small" onClick={writeFromThisTab}>
        Use this tab
      </Button>
    </span>
  )
}
