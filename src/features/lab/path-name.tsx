// A computer, instance or database path shown in a narrow column: it breaks only after a separator
// (SQL-MIR01\ / MSSQLSERVER), never inside a name, and a name wider than the column is cut with an ellipsis,
// the whole path on hover.
import { makeStyles } from '@fluentui/react-components'
import { Fragment } from 'react'
import { PATH_SEPARATOR } from '../../domain/estate/estate'

const useStyles = makeStyles({
  segment: {
    display: 'inline-block',
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    verticalAlign: 'bottom',
  },
})

/** The path's names, each with the separator that follows it: where a line may break. */
export function pathSegments(path: string): string[] {
  return path
    .split(PATH_SEPARATOR)
    .map((name, index, names) => (index < names.length - 1 ? name + PATH_SEPARATOR : name))
}

export function PathName({ path, testId }: { path: string; testId?: string }) {
  const styles = useStyles()
  return (
    <span title={path} data-testid={testId}>
      {pathSegments(path).map((segment, index) => (
        // The key is the position: a segment is its place in the path (names may repeat).
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <span className={styles.segment}>{segment}</span>
        </Fragment>
      ))}
    </span>
  )
}
