gazetteSearch.words("sh",[["sharp",4],["shooting",0],["shootings",5]]);
