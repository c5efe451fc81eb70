<#-- Outcomes First Group's version of the visitors' section: the group's expectations of visitors'
     own devices, then the clauses every version shares. -->
## Visitors' use of mobile and smart technology

<@clause id="parents-carers-visitors">
- Parents/carers and visitors, including volunteers and contractors, are expected to take responsibility for any mobile equipment they bring onto site. They should be stored securely when not being used and locked with appropriate security settings (passcode/passwords/PIN numbers). Under no circumstances should a visitor allow a ${w.child} to use their mobile device. All devices must be passcode/password/PIN protected and "locked" if left unattended.
</@clause>
<@m.visitorClauses/>
