## Reputation

- All members of staff are advised that their online conduct on social media can have an impact on their role and reputation within the ${w.setting} community. Civil, legal or disciplinary action may be taken if staff are found to bring the profession or institution into disrepute, or if something is felt to have undermined confidence in their professional abilities.
- All members of staff are advised to safeguard themselves and their privacy when using social media services. Advice, which will include the steps below, will be provided to staff via staff training and by sharing appropriate guidance and resources on a regular basis. This may include, but is not limited to:
  - Setting appropriate privacy levels on their personal accounts/sites.
  - Being aware of the implications of using location sharing services.
  - Opting out of public listings on social networking sites.
  - Logging out of accounts after use.
  - Using strong passwords.
  - Ensuring staff do not represent their personal views as being that of the ${w.setting}.
- Members of staff are encouraged not to identify themselves as employees of ${school.shortName} on their personal social networking accounts; this is to prevent information being linked with the ${w.setting} and to safeguard the privacy of staff members.
- All staff are expected to ensure that their social media use is compatible with their professional role and is in accordance with our policies and the wider professional reputation and legal framework. All members of staff are encouraged to carefully consider the information, including text and images, they share and post on social media.
- Information and content that staff members have access to as part of their employment, including photos and personal information about ${w.children} and their family members or colleagues, will not be shared or discussed on social media sites.
- Members of staff will notify the leadership team immediately if they consider that any content shared on social media sites conflicts with their role.
