<#-- Edition 2026.12: where the policy has its own 'Filtering and monitoring' section (a school whose guidance layer
     gives the DfE's standards), the model's line that full information is "detailed in our child protection policy"
     would contradict it; the clause points to the section instead, in policygen's own wording. Elsewhere (a nursery,
     a club, a school without the standards in its layer) the model's wording stands. -->
<#if g.filteringMonitoring?? && p.school.type.school>
<@clause id="monitoring-and-filtering" source="policygen" meets="filteringMonitoring">
- We will regularly monitor internet and technology use taking place via all our provided devices and systems and evaluate online safety mechanisms to ensure that this policy is consistently applied.<#if p.socialMedia.filteringProvider??> Our filtering and monitoring systems are provided by ${p.socialMedia.filteringProvider}.</#if> Our filtering and monitoring arrangements, and who is responsible for them, are set out under ‘Filtering and monitoring’ above<#if m.hasOnlineSafetyPolicy()> and in our online safety policy</#if>. Any issues identified as a result of our monitoring approaches will be incorporated into our action planning.
</@clause>
<#else>
<@modelClause/>
</#if>
