// Select Group Members: Available members (tree, search, Refresh), Selected members and Mirror details.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  Spinner,
  Text,
} from '@fluentui/react-components'
import { type QueryClient, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { errorMessage } from '../../agent-api/error-message'
import { type DatabaseFacts, type InstanceFacts, splitDatabasePath } from '../../domain/estate/estate'
import {
  type AvailabilityDetails,
  type ClassifyContext,
  classifyDatabase,
  type DatabaseClassification,
  describeMirror,
  type MirrorDetails as Mirror,
} from '../../domain/protection/protectability'
import { openAgentInstall } from '../../dpm/agent-install-store'
import {
  databaseSearchQuery,
  instancesQuery,
  partnerFactsQuery,
  partnerPathsOf,
  refreshInventory,
} from '../../dpm/estate-inventory'
import { type SelectedMember, updateWizardDraft } from '../../dpm/protection-wizard-store'
import { agentKeys } from '../../dpm/query-keys'
import { useServer } from '../../dpm/use-server'
import { useDebouncedValue } from '../ui/use-debounced-value'
import { useValidationAsTyped } from '../ui/use-validation-as-typed'
import { AvailabilityGroupDetails } from './availability-group-details'
import { AvailableMembersTree } from './available-members-tree'
import {
  checkInstance,
  removeMember,
  selectDatabases,
  setNodeCollapsed,
  setServerExpanded,
  uncheckInstance,
} from './draft-changes'
import { MemberRow } from './member-row'
import type { MemberTreeRow } from './member-tree-rows'
import styles from './members-page.module.css'
import { MirrorDetails } from './mirror-details'
import { messagesOf, type RequiredFieldPageProps } from './page-props'
import { SelectedMembersList } from './selected-members-list'
import { useMemberTree } from './use-member-tree'

const SEARCH_PAUSE_MS = 250

/** The items whose path is `path`, whatever the case (Windows names). */
const sameName = <T extends { path: string }>(items: readonly T[], path: string): T[] =>
  items.filter((item) => item.path.toUpperCase() === path.toUpperCase())

/** A server's databases, picked and classified, read from the agents when the tree has not loaded them. */
async function classifyDatabasesOf(
  queryClient: QueryClient,
  server: string,
  context: ClassifyContext,
  pick: (instances: InstanceFacts[]) => DatabaseFacts[],
  /** 'cached': what the tree shows; 'fresh': read again what Refresh or a wizard opened afresh made stale. */
  read: 'cached' | 'fresh' = 'cached',
): Promise<DatabaseClassification[]> {
  const fresh = read === 'fresh'
  const instancesRead = instancesQuery(server)
  const instances = await (fresh
    ? queryClient.fetchQuery(instancesRead)
    : queryClient.ensureQueryData(instancesRead))
  const partnerPaths = partnerPathsOf(instances.flatMap((i) => i.databases))
  const partnersRead = partnerFactsQuery(partnerPaths)
  const partnerFacts =
    partnerPaths.length === 0
      ? new Map()
      : await (fresh ? queryClient.fetchQuery(partnersRead) : queryClient.ensureQueryData(partnersRead))
  return pick(instances).map((db) => classifyDatabase(db, { ...context, partnerFacts }))
}

export function MembersPage({ draft, problems, attempted }: RequiredFieldPageProps) {
  // Error 31010 shows once the admin removed the last member, not on a page that opens empty.
  const asTyped = useValidationAsTyped<'members'>(attempted)
  const membersError = asTyped.message('members', draft.members, messagesOf(problems, 'members'))
  const { changed } = asTyped
  const changeSelection = useCallback(
    (change: Parameters<typeof updateWizardDraft>[0]) => {
      changed('members')
      updateWizardDraft(change)
    },
    [changed],
  )
  // Stable, so that Selected members (one Fluent button per member, thousands with whole instances checked)
  // renders again only when the selection changes.
  const onRemove = useCallback(
    (key: string) => changeSelection((d) => removeMember(d, key)),
    [changeSelection],
  )
  const queryClient = useQueryClient()
  // What the search box holds lives in MembersSearch: a keystroke renders the box, not the tree and lists.
  const [searchText, setSearchText] = useState('')
  // The search goes to the agents as the pause ends, while the tree renders its "Searching" state, not after.
  const onSearch = useCallback(
    (text: string) => {
      if (text.trim() !== '') void queryClient.prefetchInfiniteQuery(databaseSearchQuery(text))
      setSearchText(text)
    },
    [queryClient],
  )
  const [focusedId, setFocusedId] = useState<string>()
  const [actionError, setActionError] = useState<string>()
  const tree = useMemberTree(draft, searchText)
  const groups = useServer((state) => state.groups)

  const selectedKeys = useMemo(() => new Set(draft.members.map((m) => m.key)), [draft.members])
  const selectedInstances = useMemo(() => new Set(draft.members.map((m) => m.instance)), [draft.members])
  const autoProtected = useMemo(() => new Set(draft.autoProtectInstances), [draft.autoProtectInstances])
  const focusedRow = useMemo(() => tree.rows.find((row) => row.id === focusedId), [tree.rows, focusedId])

  const onExpand = (row: MemberTreeRow, expanded: boolean) => {
    if (row.kind === 'server') updateWizardDraft((d) => setServerExpanded(d, row.server.name, expanded))
    else updateWizardDraft((d) => setNodeCollapsed(d, row.id, !expanded))
  }

  const checkWholeInstance = async (instancePath: string, server: string) => {
    const context = tree.context
    if (!context) return
    try {
      const classifications = await classifyDatabasesOf(queryClient, server, context, (instances) =>
        sameName(instances, instancePath).flatMap((instance) => instance.databases),
      )
      changeSelection((d) => checkInstance(d, instancePath, classifications))
      setActionError(undefined)
    } catch (error) {
      setActionError(`${instancePath} could not be selected: ${errorMessage(error)}`)
    }
  }

  // Opened for one database (an alert's recommended action): select it once its agent answered.
  const preselect = draft.preselect
  const context = tree.computers.isFetching ? undefined : tree.context
  useEffect(() => {
    if (preselect === undefined || context === undefined) return
    const server = splitDatabasePath(preselect).computer
    classifyDatabasesOf(
      queryClient,
      server,
      context,
      (instances) =>
        sameName(
          instances.flatMap((instance) => instance.databases),
          preselect,
        ),
      'fresh',
    ).then(
      (classifications) =>
        updateWizardDraft((d) => ({ ...selectDatabases(d, classifications), preselect: undefined })),
      (error: unknown) => {
        setActionError(`${preselect} could not be selected: ${errorMessage(error)}`)
        updateWizardDraft((d) => ({ ...d, preselect: undefined }))
      },
    )
  }, [preselect, context, queryClient])

  const onCheck = (row: MemberTreeRow, checked: boolean) => {
    if (row.kind === 'instance') {
      if (checked) void checkWholeInstance(row.path, row.server)
      else changeSelection((d) => uncheckInstance(d, row.path))
      return
    }
    if (row.kind !== 'database') return
    const classification = tree.classify(row.facts)
    if (classification?.status.kind !== 'selectable') return
    changeSelection((d) =>
      checked ? selectDatabases(d, [classification]) : removeMember(d, classification.dataSourceKey),
    )
  }

  const onToggleCheck = (row: MemberTreeRow) => {
    if (row.kind === 'instance') onCheck(row, !autoProtected.has(row.path))
    if (row.kind === 'database') {
      const classification = tree.classify(row.facts)
      if (classification) onCheck(row, !selectedKeys.has(classification.dataSourceKey))
    }
  }

  const onRetry = (server: string) => {
    void queryClient.invalidateQueries({ queryKey: agentKeys.instances(server) })
  }

  // The rows' callbacks keep their identity across renders (they call this render's handlers), so that a row
  // renders again only when what it shows changes (MemberRow is memoized).
  const handlers = useRef({ onExpand, onCheck, onRetry })
  useLayoutEffect(() => {
    handlers.current = { onExpand, onCheck, onRetry }
  })
  const rowCallbacks = useMemo(
    () => ({
      onExpand: (row: MemberTreeRow, expanded: boolean) => handlers.current.onExpand(row, expanded),
      onCheck: (row: MemberTreeRow, checked: boolean) => handlers.current.onCheck(row, checked),
      onRetry: (server: string) => handlers.current.onRetry(server),
      onInstallAgent: (computers: string[]) => openAgentInstall(computers),
    }),
    [],
  )

  // Mirror details: the focused database when it is mirrored, else the last mirrored one selected. Both
  // regions are derived once per change of what they show, not on every render of the page (a focus move).
  const { estate, rows, classify } = tree
  const shownMirror: Mirror | undefined = useMemo(() => {
    const focused =
      focusedRow?.kind === 'database' && focusedRow.facts.mirroring && estate
        ? describeMirror(focusedRow.facts, focusedRow.facts.mirroring, estate)
        : undefined
    return focused ?? draft.members.findLast((m) => m.mirror !== undefined)?.mirror
  }, [focusedRow, estate, draft.members])
  const shownAvailability = useMemo(
    () => availabilityToShow(rows, classify, focusedRow, draft.members),
    [rows, classify, focusedRow, draft.members],
  )

  const search = tree.search
  // The tree scrolled to the end of the matches read so far: the next page of them (a failed one waits for
  // Retry); asked again while it is read, it is read once.
  const readMoreMatches = () => {
    if (search?.hasNextPage && !search.isFetching && !search.isError) {
      void search.fetchNextPage({ cancelRefetch: false })
    }
  }
  return (
    <div className={styles.layout}>
      <div className={styles.column}>
        <Text className={styles.label}>Available members</Text>
        <div className={styles.toolbar}>
          <MembersSearch onSearch={onSearch} />
          <Button onClick={() => void refreshInventory(queryClient)}>Refresh</Button>
        </div>
        <TreeStatus tree={tree} searchText={searchText} />
        {tree.computers.error && !tree.computers.isFetching ? (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>
              The protected computers could not be read: {tree.computers.error.message}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void tree.computers.refetch()}>Retry</Button>
            </MessageBarActions>
          </MessageBar>
        ) : tree.computers.data === undefined ? (
          <Spinner size="small" label="Reading the protection agents..." />
        ) : (
          <AvailableMembersTree
            rows={tree.rows}
            focusedId={focusedId}
            onFocusRow={setFocusedId}
            onExpand={onExpand}
            onToggleCheck={onToggleCheck}
            busy={tree.computers.isFetching || search?.isFetching}
            onEndReached={readMoreMatches}
            renderRow={(row, focused) => {
              const classification = row.kind === 'database' ? tree.classify(row.facts) : undefined
              const status = classification?.status
              return (
                <MemberRow
                  row={row}
                  focused={focused}
                  classification={classification}
                  groupName={status?.kind === 'protected' ? groups[status.groupId]?.name : undefined}
                  checked={
                    row.kind === 'instance'
                      ? autoProtected.has(row.path) || (selectedInstances.has(row.path) ? 'mixed' : false)
                      : classification !== undefined && selectedKeys.has(classification.dataSourceKey)
                  }
                  autoProtected={row.kind === 'instance' && autoProtected.has(row.path)}
                  {...rowCallbacks}
                />
              )
            }}
          />
        )}
        {actionError && (
          <Text role="alert" className={styles.error}>
            {actionError}
          </Text>
        )}
      </div>
      <div className={styles.column}>
        <Text className={styles.label}>Selected members</Text>
        <SelectedMembersList
          members={draft.members}
          autoProtectInstances={draft.autoProtectInstances}
          onRemove={onRemove}
        />
        {membersError && (
          <Text role="alert" className={styles.error}>
            {membersError}
          </Text>
        )}
        {shownMirror && <MirrorDetails mirror={shownMirror} estate={tree.estate} />}
        {shownAvailability && (
          <AvailabilityGroupDetails
            details={shownAvailability.details}
            database={shownAvailability.database}
            estate={tree.estate}
          />
        )}
      </div>
    </div>
  )
}

/**
 * Availability group details: the focused database when it is in a group, else the last selected one in a
 * group, as the tree shows it now (a Refresh reads the group again).
 */
function availabilityToShow(
  rows: readonly MemberTreeRow[],
  classify: ReturnType<typeof useMemberTree>['classify'],
  focusedRow: MemberTreeRow | undefined,
  members: readonly SelectedMember[],
): { details: AvailabilityDetails; database: string } | undefined {
  const detailsOf = (row: MemberTreeRow | undefined) => {
    if (row?.kind !== 'database' || !row.facts.availabilityGroup) return undefined
    const details = classify(row.facts)?.availability
    return details ? { details, database: row.facts.name } : undefined
  }
  const focused = detailsOf(focusedRow)
  if (focused) return focused
  const lastKey = members.findLast((m) => m.member.availability !== undefined)?.key
  if (lastKey === undefined) return undefined
  const row = rows.find(
    (candidate) =>
      candidate.kind === 'database' &&
      candidate.facts.availabilityGroup !== undefined &&
      classify(candidate.facts)?.dataSourceKey === lastKey,
  )
  return detailsOf(row)
}

/** Search members: the page searches once typing pauses (one agent search per pause, not per key). */
function MembersSearch({ onSearch }: { onSearch: (text: string) => void }) {
  const [input, setInput] = useState('')
  const settled = useDebouncedValue(input, SEARCH_PAUSE_MS)
  useEffect(() => onSearch(settled), [settled, onSearch])
  return (
    <SearchBox
      className={styles.search}
      aria-label="Search members"
      placeholder="Search members"
      value={input}
      onChange={(_, data) => setInput(data.value)}
    />
  )
}

function TreeStatus({ tree, searchText }: { tree: ReturnType<typeof useMemberTree>; searchText: string }) {
  const search = tree.search
  let text = ''
  if (search?.isPending || (search?.isFetching && !search.isFetchingNextPage))
    text = `Searching for "${searchText.trim()}"...`
  else if (search?.isFetchingNextPage) text = 'Reading more matches...'
  else if (search?.data && tree.rows.length === 0)
    text = `No databases on a server with an agent match "${searchText.trim()}".`
  else if (search?.hasNextPage)
    text = `Showing the first ${tree.searchMatches} matches: more are read as you scroll to the end.`
  if (search?.error) {
    // A page after the first that failed is read again alone; the pages before it stay.
    const retry = search.isFetchNextPageError ? search.fetchNextPage : search.refetch
    return (
      <div role="alert" className={styles.toolbar}>
        <Text className={styles.error}>The search failed: {search.error.message}</Text>
        <Button size="small" onClick={() => void retry()}>
          Retry
        </Button>
      </div>
    )
  }
  return (
    <Text role="status" className={styles.status}>
      {text}
    </Text>
  )
}
