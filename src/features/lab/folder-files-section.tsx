// The files that Copy to a network folder wrote, on the computers of the estate (window.dpmLab.files too).
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components'
import { formatMegabytes, formatSimTime } from '../ui/format'
import { useLabFiles } from './lab-queries'

export function FolderFilesSection() {
  const files = useLabFiles()
  if (files.isError) return <p role="alert">The files could not be listed: {files.error.message}</p>
  if (!files.data) return null
  if (files.data.files.length === 0)
    return <p>No files yet: a recovery with Copy to a network folder writes them.</p>
  return (
    <Table aria-label="Network folder files" size="extra-small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>File</TableHeaderCell>
          <TableHeaderCell>Size</TableHeaderCell>
          <TableHeaderCell>Written</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {files.data.files.map((file) => (
          <TableRow key={file.path} data-testid={`file:${file.path}`}>
            <TableCell>{file.path}</TableCell>
            <TableCell>{formatMegabytes(file.sizeMb)}</TableCell>
            <TableCell>{formatSimTime(file.writtenAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
