// The Active Directory domain of the simulated estate (contoso.local, NetBIOS name CONTOSO), as far as the
// agent installation needs it: DPM installs an agent with the credentials of a domain account that is an
// administrator on the computer, and the domain checks them for each computer. One account is such an
// administrator everywhere: CONTOSO\dpmadmin (the password below, written in docs/testing.md for demos).
// Nothing here keeps what was typed: the credentials live as long as the request.
import type { InstallCredentials } from '../domain/estate/agent-install'
import { DOMAIN } from './estate-model'
import { LabError } from './lab-error'

const NETBIOS_DOMAIN = 'CONTOSO'

/** The domain account that may install protection agents on every computer of the estate. */
export const AGENT_INSTALL_ACCOUNT: InstallCredentials = {
  domain: NETBIOS_DOMAIN,
  userName: 'dpmadmin',
  password: 'Pa$$w0rd',
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.toLowerCase()

/** Whether the domain logs the account on: the domain by either of its names, the user name in any case. */
export function domainLogsOn({ userName, password, domain }: InstallCredentials): boolean {
  const knownDomain = sameName(domain, NETBIOS_DOMAIN) || sameName(domain, DOMAIN)
  return (
    knownDomain &&
    sameName(userName, AGENT_INSTALL_ACCOUNT.userName) &&
    password === AGENT_INSTALL_ACCOUNT.password
  )
}

/** DPM's refusal when the credentials do not log on to a computer (Windows error 1326 in its details). */
export function logonFailure(computer: string): LabError {
  return new LabError(
    'LogonFailure',
    `The agent operation failed on ${computer} because DPM could not log on with the credentials given. Error details: Logon failure: unknown user name or bad password (0x8007052E). Recommended action: check the user name, the password and the domain on Enter Credentials, then install the agent again.`,
    401,
  )
}

/** Refuses the installation on `computer` when the domain does not log the account on. */
export function requireLogon(computer: string, credentials: InstallCredentials): void {
  if (!domainLogsOn(credentials)) throw logonFailure(computer)
}
