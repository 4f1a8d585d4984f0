"""Link maps for third-party Questionnaires (data only); a package so the JSON ships."""
