<@clause id="title">
## Reputation
</@clause>

<@clause id="members-staff-advised">
- All members of staff are advised that their online conduct on social media can have an impact on their role and reputation within the ${w.setting} community. Civil, legal or disciplinary action may be taken if staff are found to bring the profession or institution into disrepute, or if something is felt to have undermined confidence in their professional abilities.
</@clause>
<@clause id="members-staff-advised-2">
- All members of staff are advised to safeguard themselves and their privacy when using social media services. Advice, which will include the steps below, will be provided to staff via staff training and by sharing appropriate guidance and resources on a regular basis. This may include, but is not limited to:
<@clause id="setting-appropriate-privacy">
  - Setting appropriate privacy levels on their personal accounts/sites.
</@clause>
<@clause id="being-aware-implications">
  - Being aware of the implications of using location sharing services.
</@clause>
<@clause id="opting-out-public">
  - Opting out of public listings on social networking sites.
</@clause>
<@clause id="logging-out-accounts">
  - Logging out of accounts after use.
</@clause>
<@clause id="using-strong-passwords">
  - Using strong passwords.
</@clause>
<@clause id="ensuring-staff-do">
  - Ensuring staff do not represent their personal views as being that of the ${w.setting}.
</@clause>
</@clause>
<@clause id="members-staff-encouraged">
- Members of staff are encouraged not to identify themselves as employees of ${school.shortName} on their personal social networking accounts; this is to prevent information being linked with the ${w.setting} and to safeguard the privacy of staff members.
</@clause>
<@clause id="staff-expected-ensure">
- All staff are expected to ensure that their social media use is compatible with their professional role and is in accordance with our policies and the wider professional reputation and legal framework. All members of staff are encouraged to carefully consider the information, including text and images, they share and post on social media.
</@clause>
<@clause id="information-content-staff">
- Information and content that staff members have access to as part of their employment, including photos and personal information about ${w.children} and their family members or colleagues, will not be shared or discussed on social media sites.
</@clause>
<@clause id="members-staff-notify">
- Members of staff will notify the leadership team immediately if they consider that any content shared on social media sites conflicts with their role.
</@clause>
