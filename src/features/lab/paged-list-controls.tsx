// Filter and page buttons over one of the lab's long lists.
import { Button, makeStyles, SearchBox, Text, tokens } from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import { type Page, pageOf } from './paged-filter'

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  count: { marginLeft: 'auto' },
})

/** The page of `items` to show, with the state its controls change. */
export function usePagedFilter<T>(items: readonly T[], textOf: (item: T) => string) {
  const [filter, setFilter] = useState('')
  const [page, setPage] = useState(0)
  const shown = useMemo(() => pageOf(items, filter, page, textOf), [items, filter, page, textOf])
  return {
    shown,
    filter,
    setFilter: (text: string) => {
      setFilter(text)
      setPage(0)
    },
    setPage,
  }
}

export function PagedListControls<T>({
  what,
  paged,
}: {
  /** Plural noun: "computers". */
  what: string
  paged: {
    shown: Page<T>
    filter: string
    setFilter: (text: string) => void
    setPage: (page: number) => void
  }
}) {
  const styles = useStyles()
  const { shown, filter, setFilter, setPage } = paged
  return (
    <div className={styles.bar}>
      <SearchBox
        size="small"
        aria-label={`Filter ${what}`}
        placeholder={`Filter ${what}`}
        value={filter}
        onChange={(_, data) => setFilter(data.value)}
      />
      <Text size={200} className={styles.count} aria-live="polite">
        {shown.total === 0
          ? `No ${what}`
          : `${shown.from}-${shown.to} of ${shown.total.toLocaleString('en-US')}`}
      </Text>
      <Button
        size="small"
        aria-label={`Previous page of ${what}`}
        disabled={shown.page === 0}
        onClick={() => setPage(shown.page - 1)}
      >
        Previous
      </Button>
      <Button
        size="small"
        aria-label={`Next page of ${what}`}
        disabled={shown.page >= shown.pageCount - 1}
        onClick={() => setPage(shown.page + 1)}
      >
        Next
      </Button>
    </div>
  )
}
