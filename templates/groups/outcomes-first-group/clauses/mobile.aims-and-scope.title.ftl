<#-- Outcomes First Group's wording of one model clause (mobile.aims-and-scope.title); the rest of the section follows the model. -->
<#-- The group's policy statement comes first, as section 1's heading and opening paragraph. -->
## Policy statement

${school.group.name} places the safety of young people as its highest priority, including safeguarding children and young people when using digital technology and mobile devices. Whilst regulation and technical solutions are very important, their use must be balanced by educating ${w.children} to take a responsible approach. The education of ${w.children} in online safety and the safe use of technology is therefore an essential part of the ${w.setting}'s provision. Children and young people need the help and support of the ${w.setting} to recognise and avoid online and technology-related safety risks and build their resilience.
